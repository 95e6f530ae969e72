export {
  createKeycloakAdmin,
  KeycloakAdminError,
  masterAdminToken,
  serviceAccountToken,
  type KeycloakAdmin,
} from './admin-client';
export { fetchJwks, fetchOpenIdConfiguration, realmUrl } from './discovery';
export type { Jwks, KeycloakSettings, OpenIdConfiguration } from './discovery';
export { MFA_ROLE } from './realm-roles';
