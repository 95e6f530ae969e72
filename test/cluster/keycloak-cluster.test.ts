// Keycloak's two nodes form one cluster: they find each other through their shared database
// (jdbc-ping), share their sessions in distributed caches, and both speak as the proxy's address.
import { randomBytes } from 'node:crypto';
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
import { lastClusterView, silentLoginUrl } from './support/keycloak-cluster';
import { holdMembershipLock } from './support/membership-lock';

describe('the Keycloak cluster', () => {
  const dbs = clusterDatabases();
  let school: TestSchool;
  const afterTestReleases: (() => void)[] = [];
  afterEach(() => afterTestReleases.splice(0).forEach((release) => release()));
  beforeAll(async () => {
    school = await createSchoolWithOrganization(dbs.platform);
  });

  it('when both nodes are up, then each logs a cluster view of two members and both are listed in the discovery table of their database', async () => {
    // Not while faults.test.ts has a third node in the cluster.
    const release = await holdMembershipLock('shared');
    afterTestReleases.push(release);
    for (const node of ['node-1', 'node-2'])
      expect(lastClusterView(node, cluster.logs)).toMatch(/ISPN000094: .*\] \(2\) \[/);
    const client = new pg.Client({ connectionString: cluster.keycloakDatabaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ ip: string }>('SELECT ip FROM jgroups_ping ORDER BY ip');
      expect(rows).toHaveLength(2);
      for (const { ip } of rows) expect(ip).toMatch(/^127\.0\.0\.1:\d+$/);
    } finally {
      await client.end();
    }
  }, 360_000); // it may wait for faults.test.ts's third node to leave

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
    const silent = await browser.request('GET', silentLoginUrl(cluster), { follow: false });
    expect(silent.status).toBe(302);
    expect(new URL(silent.headers.get('location')!).searchParams.get('code')).toBeTruthy();
    expect(await keycloakAdminOfNode(1).listUserSessions(pupil.id)).toHaveLength(1);

    // The same request from a browser Keycloak does not know is told to log in.
    const stranger = new Browser();
    pin(stranger, { keycloak: 1 });
    const refused = await stranger.request('GET', silentLoginUrl(cluster), { follow: false });
    expect(new URL(refused.headers.get('location')!).searchParams.get('error')).toBe('login_required');
  });
});
