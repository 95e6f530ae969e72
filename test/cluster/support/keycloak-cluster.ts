// Reading the Keycloak cluster's state as its nodes report it, for the tests in test/cluster/.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// The newest cluster view a node logged (ISPN000094), in its current or rotated log files.
export function lastClusterView(node: string, logs: string): string | undefined {
  const files = readdirSync(logs)
    .filter((name) => name.endsWith(`keycloak-${node}.log`))
    .map((name) => join(logs, name))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const views = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')).filter((l) => l.includes('ISPN000094'));
  return views.at(-1);
}

// An authorization request as a second application of the school would send it: "sign the user in
// if Keycloak already knows them, never show a form" (prompt=none).
export function silentLoginUrl({ appUrl, keycloakUrl }: { appUrl: string; keycloakUrl: string }): string {
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    client_id: 'schulid-app',
    redirect_uri: `${appUrl}/auth/callback`,
    response_type: 'code',
    scope: 'openid',
    prompt: 'none',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  return `${keycloakUrl}/realms/schulid/protocol/openid-connect/auth?${query}`;
}
