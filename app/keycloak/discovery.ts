// Reads the realm's OpenID Provider metadata and signing keys from Keycloak. The login (openid-client)
// and bearer-token checks (jose) build on these; nothing here runs per request.
import { z } from 'zod';

const OpenIdConfiguration = z.object({
  issuer: z.url(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  end_session_endpoint: z.url().optional(),
});
export type OpenIdConfiguration = z.infer<typeof OpenIdConfiguration>;

const Jwks = z.object({
  keys: z.array(
    z.object({ kid: z.string(), kty: z.string(), alg: z.string().optional(), use: z.string().optional() }).loose(),
  ),
});
export type Jwks = z.infer<typeof Jwks>;

export type KeycloakSettings = { KEYCLOAK_URL: string; KEYCLOAK_REALM: string };

export function realmUrl(settings: KeycloakSettings): string {
  return `${settings.KEYCLOAK_URL}/realms/${encodeURIComponent(settings.KEYCLOAK_REALM)}`;
}

async function getJson(url: string, timeoutMs: number): Promise<unknown> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    headers: { accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`Keycloak answered ${response.status} for ${new URL(url).pathname}`);
  return response.json();
}

export async function fetchOpenIdConfiguration(
  settings: KeycloakSettings,
  timeoutMs = 5000,
): Promise<OpenIdConfiguration> {
  return OpenIdConfiguration.parse(await getJson(`${realmUrl(settings)}/.well-known/openid-configuration`, timeoutMs));
}

export async function fetchJwks(configuration: OpenIdConfiguration, timeoutMs = 5000): Promise<Jwks> {
  return Jwks.parse(await getJson(configuration.jwks_uri, timeoutMs));
}
