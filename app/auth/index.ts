export { fetchJwks, fetchOpenIdConfiguration, realmUrl } from './keycloak-discovery';
export type { Jwks, KeycloakSettings, OpenIdConfiguration } from './keycloak-discovery';
