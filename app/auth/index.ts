export { fetchJwks, fetchOpenIdConfiguration, realmUrl } from './keycloak-discovery';
export type { Jwks, KeycloakSettings, OpenIdConfiguration } from './keycloak-discovery';
export { createKeycloakAdmin, masterAdminToken, serviceAccountToken, KeycloakAdminError } from './keycloak-admin';
export type { KeycloakAdmin } from './keycloak-admin';
export {
  ANY_SIGNED_IN,
  allow,
  assertEveryRouteGuarded,
  authenticate,
  listRoutes,
  requireSchool,
  schoolCaller,
  secureRoute,
} from './guards';
export { createOidc, type Oidc } from './oidc';
export { createTokenVerifier, type TokenVerifier } from './token-verifier';
export { createSchoolResolver, type SchoolResolver } from './school-resolver';
export { authRoutes, SESSION_COOKIE } from './auth.routes';
export { sessionRefresh } from './session-refresh';
export { meRoutes } from './me.routes';
export type { Identity } from './identity';
export { ROLES, type Role } from './roles';
export { registerSchoolIdentityProvider, type SchoolIdp } from './school-sso';
