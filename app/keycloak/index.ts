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
export { MFA_ROLE, TERMS_ACCEPTED_ATTRIBUTE, TERMS_ACTION } from './realm-roles';
