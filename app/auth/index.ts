export { fetchJwks, fetchOpenIdConfiguration, realmUrl } from './keycloak-discovery';
export type { Jwks, KeycloakSettings, OpenIdConfiguration } from './keycloak-discovery';
export { createKeycloakAdmin, masterAdminToken, KeycloakAdminError } from './keycloak-admin';
export type { KeycloakAdmin } from './keycloak-admin';
