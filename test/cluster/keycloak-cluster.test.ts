// Keycloak's two nodes form one cluster: they find each other through their shared database
// (jdbc-ping), share their sessions in distributed caches, and both speak as the proxy's address.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import {
  Browser,
  cluster,
  clusterDatabases,
  createSchoolWithOrganization,
  createUser,
  keycloakAdminOfNode,
  loginThroughApp,
  pin,
  type TestSchool,
} from './support/cluster';

// The newest cluster view a node logged (ISPN000094), in its current or rotated log files.
function lastClusterView(node: string): string | undefined {
  const files = readdirSync(cluster.logs)
    .filter((name) => name.endsWith(`keycloak-${node}.log`))
    .map((name) => join(cluster.logs, name))
    .sort((a, b) => statSync(a).mtimeMs - statSync(b).mtimeMs);
  const views = files.flatMap((file) => readFileSync(file, 'utf8').split('\n')).filter((l) => l.includes('ISPN000094'));
  return views.at(-1);
}

// An authorization request as a second application of the school would send it: "sign the user in
// if Keycloak already knows them, never show a form" (prompt=none).
function silentLoginUrl(): string {
  const verifier = randomBytes(32).toString('base64url');
  const query = new URLSearchParams({
    client_id: 'schulid-app',
    redirect_uri: `${cluster.appUrl}/auth/callback`,
    response_type: 'code',
    scope: 'openid',
    prompt: 'none',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  });
  return `${cluster.keycloakUrl}/realms/schulid/protocol/openid-connect/auth?${query}`;
}

describe('the Keycloak cluster', () => {
  const dbs = clusterDatabases();
  let school: TestSchool;
  beforeAll(async () => {
    school = await createSchoolWithOrganization(dbs.platform);
  });

  it('when both nodes are up, then each logs a cluster view of two members and both are listed in the discovery table of their database', async () => {
    for (const node of ['node-1', 'node-2']) expect(lastClusterView(node)).toMatch(/ISPN000094: .*\] \(2\) \[/);
    const client = new pg.Client({ connectionString: cluster.keycloakDatabaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ ip: string }>('SELECT ip FROM jgroups_ping ORDER BY ip');
      expect(rows).toHaveLength(2);
      for (const { ip } of rows) expect(ip).toMatch(/^127\.0\.0\.1:\d+$/);
    } finally {
      await client.end();
    }
  });

  it("when either node or the proxy is asked for the realm's settings, then all name the proxy as the issuer", async () => {
    for (const base of [...cluster.nodes, cluster.keycloakUrl]) {
      const response = await fetch(`${base}/realms/schulid/.well-known/openid-configuration`);
      expect(((await response.json()) as { issuer: string }).issuer).toBe(`${cluster.keycloakUrl}/realms/schulid`);
    }
  });

  it('when a pupil signs in on node 1, then node 2 signs the same browser in without a form and lists the session', async () => {
    const secret = randomBytes(20).toString('hex');
    const pupil = await createUser({ roles: ['pupil'], school, otpSecret: secret });
    const browser = new Browser();
    pin(browser, { keycloak: 0 });
    const login = await loginThroughApp(browser, cluster.appUrl, { ...pupil, otpKey: Buffer.from(secret) });
    expect(login.isLoggedIn).toBe(true);
    expect(login.stepsSeen).toContain('kc-form-login');

    pin(browser, { keycloak: 1 });
    const silent = await browser.request('GET', silentLoginUrl(), { follow: false });
    expect(silent.status).toBe(302);
    expect(new URL(silent.headers.get('location')!).searchParams.get('code')).toBeTruthy();
    expect(await keycloakAdminOfNode(1).listUserSessions(pupil.id)).toHaveLength(1);

    // The same request from a browser Keycloak does not know is told to log in.
    const stranger = new Browser();
    pin(stranger, { keycloak: 1 });
    const refused = await stranger.request('GET', silentLoginUrl(), { follow: false });
    expect(new URL(refused.headers.get('location')!).searchParams.get('error')).toBe('login_required');
  });
});
