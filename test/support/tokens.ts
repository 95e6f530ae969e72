// Bearer tokens the way researchers' scripts get them: the OAuth device authorization grant of the
// public client schulid-research (the researcher logs in, with 2FA, in a browser), then polling.
import { createHash, randomBytes } from 'node:crypto';
import { Browser, formsOf } from './browser';
import { answerKeycloak, type Credentials } from './login';

const oidcBase = (realm = 'schulid') => `${process.env.KEYCLOAK_URL}/realms/${realm}/protocol/openid-connect`;

// `browser`: one that is already logged in to Keycloak (single sign-on, no second TOTP code).
// `pollFrom`: the address the script polls from (as the trusted proxy would forward it).
export async function deviceFlowToken(
  clientId: string,
  credentials: Credentials,
  browser = new Browser(),
  pollFrom?: string,
): Promise<{ access_token: string; expires_in: number }> {
  // The client requires PKCE, for the device grant too.
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const body = new URLSearchParams({ client_id: clientId, code_challenge: challenge, code_challenge_method: 'S256' });
  const started = (await (await fetch(`${oidcBase()}/auth/device`, { method: 'POST', body })).json()) as {
    device_code: string;
    verification_uri_complete: string;
  };
  const page = await browser.get(started.verification_uri_complete);
  // Done when Keycloak shows a page without anything left to answer ("device login successful").
  const isDone = (p: { status: number; body: string; url: string }) =>
    p.status === 200 && formsOf(p as never).every((f) => f.id === 'kc-locale-form');
  const outcome = await answerKeycloak(browser, page, credentials, isDone);
  if (!outcome.isLoggedIn)
    throw new Error(`device login failed after ${outcome.stepsSeen.join(', ')}: ${outcome.message}`);
  const token = await fetch(`${oidcBase()}/token`, {
    method: 'POST',
    headers: pollFrom ? { 'x-forwarded-for': pollFrom, 'x-forwarded-proto': 'https' } : {},
    body: new URLSearchParams({
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: started.device_code,
      client_id: clientId,
      code_verifier: verifier,
    }),
  });
  if (!token.ok) throw new Error(`device token: ${token.status} ${await token.text()}`);
  return (await token.json()) as { access_token: string; expires_in: number };
}

// A service account's token (client credentials) of any realm.
export async function clientCredentialsToken(clientId: string, secret: string, realm = 'schulid'): Promise<string> {
  const response = await fetch(`${oidcBase(realm)}/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: secret }),
  });
  if (!response.ok) throw new Error(`client credentials: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}
