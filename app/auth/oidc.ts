// The app as an OpenID Connect relying party of Keycloak (openid-client): authorization code flow
// with PKCE (S256), state and nonce; ID token validated by openid-client; refresh; RP-initiated
// logout. Discovery runs once, lazily, and is retried after a failure.
import * as client from 'openid-client';
import type { Config } from '../lib/config';
import { realmUrl } from '../keycloak';

export type OidcSettings = Pick<
  Config,
  'KEYCLOAK_URL' | 'KEYCLOAK_REALM' | 'SCHULID_APP_CLIENT_ID' | 'SCHULID_APP_CLIENT_SECRET' | 'APP_BASE_URL'
>;

export type Oidc = {
  configuration(): Promise<client.Configuration>;
  callbackUrl: string;
};

export function createOidc(settings: OidcSettings): Oidc {
  let pending: Promise<client.Configuration> | undefined;
  const configuration = () => {
    pending ??= client
      .discovery(
        new URL(realmUrl(settings)),
        settings.SCHULID_APP_CLIENT_ID,
        settings.SCHULID_APP_CLIENT_SECRET,
        client.ClientSecretPost(settings.SCHULID_APP_CLIENT_SECRET),
        {
          // Plain http only where Keycloak is reached over http (the local stack, or a private network).
          execute: settings.KEYCLOAK_URL.startsWith('http://') ? [client.allowInsecureRequests] : [],
          timeout: 5,
        },
      )
      .catch((err) => {
        pending = undefined;
        throw err;
      });
    return pending;
  };
  return { configuration, callbackUrl: `${settings.APP_BASE_URL}/auth/callback` };
}

export async function startAuthorization(oidc: Oidc, extra: Record<string, string>) {
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(await oidc.configuration(), {
    redirect_uri: oidc.callbackUrl,
    // `organization`: Keycloak adds the school (organization alias) only when this scope is asked for.
    scope: 'openid organization',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
    ...extra,
  });
  return { url, codeVerifier, state, nonce };
}

export async function finishAuthorization(
  oidc: Oidc,
  currentUrl: URL,
  checks: { codeVerifier: string; state: string; nonce: string },
) {
  const tokens = await client.authorizationCodeGrant(await oidc.configuration(), currentUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  return { tokens, claims: tokens.claims()! };
}

export async function refreshTokens(oidc: Oidc, refreshToken: string) {
  return client.refreshTokenGrant(await oidc.configuration(), refreshToken);
}

export async function endSessionUrl(
  oidc: Oidc,
  idToken: string | undefined,
  postLogoutRedirectUri: string,
): Promise<URL> {
  const parameters: Record<string, string> = { post_logout_redirect_uri: postLogoutRedirectUri };
  if (idToken) parameters.id_token_hint = idToken;
  return client.buildEndSessionUrl(await oidc.configuration(), parameters);
}
