export { authenticate } from './authenticate';
export { createOidc, type Oidc } from './oidc';
export { createTokenVerifier, type TokenVerifier } from './token-verifier';
export { createSchoolResolver, type SchoolResolver } from './school-resolver';
export { authRoutes, SESSION_COOKIE } from './auth.routes';
export { sessionRefresh } from './session-refresh';
export { registerSchoolIdentityProvider, type SchoolIdp } from './school-sso';
