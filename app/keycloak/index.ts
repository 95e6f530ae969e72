export {
  createKeycloakAdmin,
  KeycloakAdminError,
  masterAdminToken,
  serviceAccountToken,
  type BruteForceCounters,
  type ClientRepresentation,
  type KeycloakAdmin,
  type RealmSettings,
  type UserCredential,
  type UserRepresentation,
  type UserSession,
} from './admin-client';
export { fetchJwks, fetchOpenIdConfiguration, realmUrl } from './discovery';
export type { Jwks, KeycloakSettings, OpenIdConfiguration } from './discovery';
export { MFA_ROLE } from './realm-roles';
