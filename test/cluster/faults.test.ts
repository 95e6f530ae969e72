// Bounded fault tests (issue 17): a server dies under load and nothing is lost. Only servers this
// file starts for itself are killed (test/cluster/support/extra-servers.ts); the shared cluster's
// instances and nodes, which other test files use at the same time, are never touched. Each test
// prints its counts as one JSON line.
import { randomBytes } from 'node:crypto';
import type { PoolClient } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  Browser,
  cluster,
  clusterDatabases,
  createSchoolWithOrganization,
  createUser,
  loginThroughApp,
  apiFor,
  signIn,
  type TestSchool,
} from './support/cluster';
import { startExtraApp, startExtraKeycloakNode, type ExtraServer } from './support/extra-servers';
import { lastClusterView, silentLoginUrl } from './support/keycloak-cluster';
import { FailoverClient } from './support/failover-client';
import { holdMembershipLock } from './support/membership-lock';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';

const PUPILS = 4;
const LOAD_MS = 12_000;
const KILL_AFTER_MS = 4_000;
const MAX_REQUESTS = 400;

type Seen = { attemptId: string; result?: string; submitStatus?: number };

describe('faults survived, nothing lost', () => {
  const dbs = clusterDatabases();
  let school: TestSchool;
  const extras: ExtraServer[] = [];
  const releases: (() => void)[] = [];
  beforeAll(async () => {
    school = await createSchoolWithOrganization(dbs.platform);
  }, 60_000);
  afterAll(async () => {
    await Promise.allSettled(extras.map((server) => server.stop()));
    releases.forEach((release) => release());
  }, 120_000);

  const solutionOf = async (attemptId: string) => {
    const row = await dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    return canonicalAnswer(generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed).answer);
  };

  // Every close of an attempt of this test's school, as the live overview hears of it (NOTIFY
  // attempt_closed, sent in the closing transaction): two for one attempt would be a double close.
  async function listenForCloses(): Promise<{ count: () => number; stop: () => Promise<void> }> {
    const client: PoolClient = await dbs.platformPool.connect();
    let closes = 0;
    client.on('notification', ({ channel, payload }) => {
      if (channel === 'attempt_closed' && JSON.parse(payload!).schoolId === school.id) closes++;
    });
    await client.query('LISTEN attempt_closed');
    return {
      count: () => closes,
      stop: async () => {
        await client.query('UNLISTEN attempt_closed');
        client.release();
      },
    };
  }

  it('when one app instance is SIGKILLed while pupils submit, then the other serves them and every attempt served is closed exactly once', async () => {
    const [victim, survivor] = await Promise.all([
      startExtraApp('fault-app-1', 3350),
      startExtraApp('fault-app-2', 3360),
    ]);
    extras.push(victim!, survivor!);
    // Signed in through the instance that will die: the session lives in PostgreSQL, not in it.
    const cookies = await Promise.all(
      Array.from({ length: PUPILS }, async () => {
        const browser = new Browser({ pinnedTo: { [new URL(cluster.appUrl).host]: new URL(victim!.url).host } });
        await signIn(cluster.appUrl, ['pupil'], school, { browser });
        return `schulid.sid=${browser.cookie(new URL(cluster.appUrl).host, 'schulid.sid')}`;
      }),
    );
    const client = new FailoverClient([victim!.url, survivor!.url], cluster.appUrl);
    const closes = await listenForCloses();
    const seen: Seen[] = [];
    const started = Date.now();
    const isLoading = () => Date.now() - started < LOAD_MS && client.counts.requests < MAX_REQUESTS;

    const pupilLoop = async (cookie: string) => {
      while (isLoading()) {
        const opened = await client.post('/attempts', { topic: 'add-subtract' }, cookie);
        if (opened.status !== 201) continue;
        const attempt: Seen = { attemptId: opened.body.attemptId };
        seen.push(attempt);
        const submitted = await client.post(
          `/attempts/${attempt.attemptId}/submit`,
          { answer: await solutionOf(attempt.attemptId) },
          cookie,
        );
        attempt.submitStatus = submitted.status;
        attempt.result = submitted.body?.result;
      }
    };
    // Mid-load: after a quarter of the requests or KILL_AFTER_MS, whichever comes first.
    const killer = (async () => {
      while (client.counts.requests < MAX_REQUESTS / 4 && Date.now() - started < KILL_AFTER_MS) await sleep(20);
      victim!.kill();
      return client.counts.requests;
    })();
    const [requestsAtKill] = await Promise.all([killer, ...cookies.map(pupilLoop)]);
    client.close();
    await sleep(1_000); // the last closes' notifications
    await closes.stop();

    const rows = await dbs.platform.attempt.findMany({ where: { id: { in: seen.map((s) => s.attemptId) } } });
    const stored = new Map(rows.map((row) => [row.id, row]));
    const answered = seen.filter((s) => s.submitStatus === 200);
    const lost = answered.filter((s) => !stored.get(s.attemptId)?.submittedAt || !stored.get(s.attemptId)?.result);
    const otherResult = answered.filter((s) => stored.get(s.attemptId)?.result !== s.result);
    const closedInSchool = await dbs.platform.attempt.count({
      where: { schoolId: school.id, submittedAt: { not: null } },
    });
    // Opened by a request whose answer died with the instance: the pupil never saw the task (left
    // open, it expires), so it is no lost attempt.
    const openedUnseen = await dbs.platform.attempt.count({
      where: { schoolId: school.id, id: { notIn: seen.map((s) => s.attemptId) } },
    });
    const victimAnswers = await fetch(`${victim!.url}/readyz`).then(
      () => true,
      () => false,
    );
    const counts = {
      test: 'app instance killed',
      requests: client.counts.requests,
      requestsAfterKill: client.counts.requests - requestsAtKill,
      retries: client.counts.retries,
      statuses: client.counts.statuses,
      attemptsServed: seen.length,
      attemptsAnswered: answered.length,
      openedUnseen,
      attemptsLost: lost.length,
      duplicates: otherResult.length + Math.max(0, closes.count() - closedInSchool),
    };
    console.log(JSON.stringify(counts));

    expect(victimAnswers).toBe(false);
    // No 500 or other failure: only what was served, and the 502/503s the client sent on.
    expect(
      Object.keys(client.counts.statuses).filter((status) => !['200', '201', '502', '503'].includes(status)),
    ).toEqual([]);
    expect(answered.length).toBe(seen.length); // every submit got its answer, on one instance or the other
    expect(seen.length).toBeGreaterThan(0);
    expect(counts.attemptsLost).toBe(0);
    expect(counts.duplicates).toBe(0);
    expect(closes.count()).toBe(closedInSchool);
    // The load outlived the kill: the survivor served after it.
    expect(counts.requestsAfterKill).toBeGreaterThan(0);
    expect(client.counts.retries).toBeGreaterThan(0);
  }, 240_000);

  // Bounded waits on a node's log: its newest cluster view naming `members` members.
  async function untilClusterView(node: string, members: number, seconds: number): Promise<string | undefined> {
    for (
      let waited = 0;
      waited < seconds && !lastClusterView(node, cluster.logs)?.includes(`] (${members}) [`);
      waited++
    )
      await sleep(1_000);
    return lastClusterView(node, cluster.logs);
  }

  it('when a Keycloak node is SIGKILLed, then a user who signed in on it stays signed in, node 1 still knows their SSO session, and new logins go through', async () => {
    // Held until the cluster is back to two: keycloak-cluster.test.ts counts its members.
    const release = await holdMembershipLock('exclusive');
    releases.push(release);
    const node3 = await startExtraKeycloakNode('node-3', 8290, 7820);
    extras.push(node3);
    expect(await untilClusterView('node-3', 3, 90)).toMatch(/ISPN000094: .*\] \(3\) \[/);

    const keycloakHost = new URL(cluster.keycloakUrl).host;
    const secret = randomBytes(20).toString('hex');
    const pupil = await createUser({ roles: ['pupil'], school, otpSecret: secret });
    const browser = new Browser({ pinnedTo: { [keycloakHost]: new URL(node3.url).host } });
    const login = await loginThroughApp(browser, cluster.appUrl, { ...pupil, otpKey: Buffer.from(secret) });
    expect(login.stepsSeen).toContain('kc-form-login'); // the form came from node 3

    node3.kill();
    // The survivors notice (JGroups' failure detection) and go back to a view of two.
    const viewAfter = await untilClusterView('node-1', 2, 90);
    const viewAfterOnNode2 = await untilClusterView('node-2', 2, 30);
    release();

    browser.pinTo({ [keycloakHost]: new URL(cluster.nodes[0]).host });
    const me = await apiFor(browser, cluster.appUrl).get('/me');
    const silent = await browser.request('GET', silentLoginUrl(cluster), { follow: false });
    const code = new URL(silent.headers.get('location') ?? 'http://x/').searchParams.get('code');
    const newcomer = await signIn(cluster.appUrl, ['pupil'], school).then(
      () => true,
      () => false,
    );
    const counts = {
      test: 'keycloak node killed',
      requestsAfterKill: 3, // /api/me, the silent login on node 1, the new user's login
      retries: 0,
      signedInKept: me.status === 200 ? 1 : 0,
      ssoKeptOnNode1: code ? 1 : 0,
      newLogins: newcomer ? 1 : 0,
      attemptsLost: 0,
      duplicates: 0,
    };
    console.log(JSON.stringify(counts));

    expect(login.isLoggedIn).toBe(true);
    for (const view of [viewAfter, viewAfterOnNode2]) expect(view).toMatch(/ISPN000094: .*\] \(2\) \[/);
    expect(me.status).toBe(200);
    expect(silent.status).toBe(302);
    expect(code).toBeTruthy();
    expect(newcomer).toBe(true);
  }, 420_000);
});
