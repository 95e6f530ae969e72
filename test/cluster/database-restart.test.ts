// Bounded fault test (issue 17): PostgreSQL itself is restarted (pg_ctl restart -m fast: every
// connection cut, the server down for a moment) while pupils submit through two app instances.
// The instances run on a PostgreSQL of this file's own (support/private-postgres.ts) beside the
// cluster's, so the restart touches no other test file and no Keycloak node. Prints its counts
// as one JSON line.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import {
  Browser,
  cluster,
  clusterDatabases,
  createSchoolWithOrganization,
  keycloakAdmin,
  loginThroughApp,
  signIn,
} from './support/cluster';
import { startExtraApp, type ExtraServer } from './support/extra-servers';
import { FailoverClient } from './support/failover-client';
import { startPrivatePostgres, type PrivatePostgres } from './support/private-postgres';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';

const PUPILS = 3;
const LOAD_MS = 10_000;
const RESTART_AFTER_MS = 2_500;
const MAX_REQUESTS = 600;
// A page retries a 503 (Retry-After: 1) for as long as a restart may take: 120 tries over two
// instances, 250 ms after every second one, ≈ 15 s.
const PATIENT_TRIES = 120;

type Seen = { attemptId: string; result?: string; submitStatus?: number };

// The live stream of a class on one instance, read in the background: the attempt events it has
// brought so far, and whether the instance ended it (as it does when its LISTEN connection drops).
async function liveStream(instance: string, classId: string, cookie: string) {
  const abort = new AbortController();
  const response = await fetch(`${instance}/api/classes/${classId}/live`, {
    headers: { cookie },
    signal: abort.signal,
  });
  expect(response.status).toBe(200);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  while (!text.includes('retry:')) {
    const { value, done } = await reader.read();
    if (done) throw new Error('the live stream ended before it began');
    text += value;
  }
  const stream = { events: [] as Record<string, unknown>[], isEnded: false };
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return void (stream.isEnded = true);
      text += value;
      for (
        let match;
        (match = /event: attempt\ndata: (.*)\n\n/.exec(text));
        text = text.slice(match.index + match[0].length)
      )
        stream.events.push(JSON.parse(match[1]!));
    }
  })();
  // Bounded wait until the condition holds (or the time is up); tells whether it holds.
  const until = async (condition: () => boolean, ms: number) => {
    for (const started = Date.now(); !condition() && Date.now() - started < ms;) await sleep(50);
    return condition();
  };
  return { stream, until, close: () => abort.abort() };
}

describe('PostgreSQL restarted while pupils submit', () => {
  const clusterDbs = clusterDatabases();
  let postgres: PrivatePostgres;
  let platform: pg.Pool;
  const apps: ExtraServer[] = [];

  beforeAll(async () => {
    postgres = await startPrivatePostgres('pg-restart', 55434);
    platform = new pg.Pool({ connectionString: postgres.urls.migration, max: 2 });
    platform.on('error', () => {});
    // Each kept as it starts: one that started is stopped after, even when the other failed.
    const started = await Promise.allSettled([
      startExtraApp('restart-app-1', 3370, postgres.appSettings).then((app) => (apps.push(app), app)),
      startExtraApp('restart-app-2', 3380, postgres.appSettings).then((app) => (apps.push(app), app)),
    ]);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    apps.sort((a, b) => a.name.localeCompare(b.name));
  }, 300_000);
  afterAll(async () => {
    await Promise.allSettled(apps.map((app) => app.stop()));
    await platform?.end();
    await postgres?.stop();
  }, 120_000);

  // The school: in the cluster's database (Keycloak's country check asks the cluster's instances)
  // and the same row in this file's own (the instances under test).
  async function createSchool() {
    const school = await createSchoolWithOrganization(clusterDbs.platform);
    const [row] = await clusterDbs.platform.$queryRaw<{ row: unknown }[]>`
      SELECT row_to_json(s) AS row FROM schools s WHERE s.id = ${school.id}::uuid`;
    await platform.query('INSERT INTO schools SELECT * FROM json_populate_record(NULL::schools, $1::json)', [
      JSON.stringify(row!.row),
    ]);
    return school;
  }

  // Every close of the school's attempts as NOTIFY attempt_closed tells it, on a connection that
  // comes back after the restart (a close while it is away is missed: fewer, never more).
  function countCloses(schoolId: string) {
    let closes = 0;
    let client: pg.Client | undefined;
    let isStopped = false;
    const listen = async () => {
      const next = new pg.Client({ connectionString: postgres.urls.migration });
      next.on('error', () => {});
      next.on('notification', ({ payload }) => void (JSON.parse(payload!).schoolId === schoolId && closes++));
      next.on('end', () => void (!isStopped && setTimeout(() => void listen().catch(() => {}), 200)));
      await next.connect();
      await next.query('LISTEN attempt_closed');
      client = next;
    };
    return {
      start: listen,
      count: () => closes,
      stop: async () => {
        isStopped = true;
        await client?.end().catch(() => {});
      },
    };
  }

  const solutionOf = async (attemptId: string) => {
    const { rows } = await platform.query<{ template_id: string; template_version: number; seed: number }>(
      'SELECT template_id, template_version, seed FROM attempts WHERE id = $1',
      [attemptId],
    );
    const row = rows[0]!;
    return canonicalAnswer(generateTask(findTemplate(row.template_id, row.template_version)!, row.seed).answer);
  };

  // The app's LISTEN connections on the restarted server (each instance: sessions and the live feed).
  const listeningConnections = async () => {
    const count = await postgres.asSuperuser(
      "SELECT count(*) FROM pg_stat_activity WHERE datname = 'schulid' AND query ILIKE 'LISTEN %'",
    );
    return Number(count.trim());
  };

  it('when PostgreSQL restarts under load, then retried submits close every attempt exactly once, no 500 is answered, and both instances listen again', async () => {
    const [first, second] = apps as [ExtraServer, ExtraServer];
    const proxyHost = new URL(cluster.appUrl).host;
    const school = await createSchool();
    const teacherBrowser = new Browser({ pinnedTo: { [proxyHost]: new URL(first.url).host } });
    const teacher = await signIn(cluster.appUrl, ['teacher'], school, { browser: teacherBrowser });
    const created = await teacher.post('/classes', { name: '4a', grade: 4, schoolYear: '2026/27' });
    expect(created.status).toBe(201);
    const usernames = Array.from({ length: PUPILS }, () => `kind-${randomBytes(4).toString('hex')}`);
    const added = await teacher.post(`/classes/${created.body.id}/pupils`, { usernames });
    expect(added.status).toBe(201);
    const teacherCookie = `schulid.sid=${teacherBrowser.cookie(proxyHost, 'schulid.sid')}`;
    const cookies = await Promise.all(
      (added.body.pupils as { pupilId: string; username: string }[]).map(async ({ pupilId, username }) => {
        const password = `Pw-${randomBytes(12).toString('base64url')}`;
        await keycloakAdmin.resetPassword(pupilId, password, false);
        const tablet = new Browser({ pinnedTo: { [proxyHost]: new URL(first.url).host } });
        expect((await loginThroughApp(tablet, cluster.appUrl, { username, password })).isLoggedIn).toBe(true);
        return `schulid.sid=${tablet.cookie(proxyHost, 'schulid.sid')}`;
      }),
    );
    const streamBefore = await liveStream(second.url, created.body.id, teacherCookie);

    const client = new FailoverClient([first.url, second.url], cluster.appUrl, PATIENT_TRIES);
    const closes = countCloses(school.id);
    await closes.start();
    const seen: Seen[] = [];
    const started = Date.now();
    const isLoading = () => Date.now() - started < LOAD_MS && client.counts.requests < MAX_REQUESTS;
    const pupilLoop = async (cookie: string) => {
      while (isLoading()) {
        const opened = await client.post('/attempts', { topic: 'add-subtract' }, cookie);
        if (opened.status !== 201) continue;
        const attempt: Seen = { attemptId: opened.body.attemptId };
        seen.push(attempt);
        // The solution is read before the submit, while the server is up, as a pupil knows it.
        let answer: string | undefined;
        while (answer === undefined)
          answer = await solutionOf(attempt.attemptId).catch(() => sleep(200).then(() => undefined));
        const submitted = await client.post(`/attempts/${attempt.attemptId}/submit`, { answer }, cookie);
        attempt.submitStatus = submitted.status;
        attempt.result = submitted.body?.result;
      }
    };
    const restarter = (async () => {
      while (client.counts.requests < MAX_REQUESTS / 4 && Date.now() - started < RESTART_AFTER_MS) await sleep(20);
      const requestsAtRestart = client.counts.requests;
      await postgres.restart();
      return { requestsAtRestart, requestsWhenBack: client.counts.requests };
    })();
    const [{ requestsAtRestart, requestsWhenBack }] = await Promise.all([restarter, ...cookies.map(pupilLoop)]);
    client.close();
    await sleep(1_000); // the last closes' notifications
    await closes.stop();
    const streamBeforeEnded = await streamBefore.until(() => streamBefore.stream.isEnded, 5_000);
    streamBefore.close();

    const { rows } = await platform.query<{ id: string; submitted_at: Date | null; result: string | null }>(
      'SELECT id, submitted_at, result FROM attempts WHERE school_id = $1',
      [school.id],
    );
    const stored = new Map(rows.map((row) => [row.id, row]));
    const answered = seen.filter((s) => s.submitStatus === 200);
    const lost = answered.filter((s) => !stored.get(s.attemptId)?.submitted_at || !stored.get(s.attemptId)?.result);
    const otherResult = answered.filter((s) => stored.get(s.attemptId)?.result !== s.result);
    const closedInSchool = rows.filter((row) => row.submitted_at).length;
    const counts = {
      test: 'PostgreSQL restarted',
      requests: client.counts.requests,
      requestsDuringRestart: requestsWhenBack - requestsAtRestart,
      requestsAfterRestart: client.counts.requests - requestsWhenBack,
      retries: client.counts.retries,
      statuses: client.counts.statuses,
      attemptsServed: seen.length,
      attemptsAnswered: answered.length,
      attemptsLost: lost.length,
      duplicates: otherResult.length + Math.max(0, closes.count() - closedInSchool),
    };
    console.log(JSON.stringify(counts));

    // Nothing but what was served and the 503s of the outage (Retry-After: 1), which the client retried.
    expect(Object.keys(client.counts.statuses).filter((status) => !['200', '201', '503'].includes(status))).toEqual([]);
    expect(seen.length).toBeGreaterThan(0);
    expect(answered.length).toBe(seen.length);
    expect(counts.attemptsLost).toBe(0);
    expect(counts.duplicates).toBe(0);
    // Pupils were submitting while the server went down and came back, and went on after.
    expect(counts.requestsDuringRestart).toBeGreaterThan(0);
    expect(counts.requestsAfterRestart).toBeGreaterThan(0);
    // The overview stream open during the restart was ended, so the teacher's page reloads it.
    expect(streamBeforeEnded).toBe(true);

    // Both instances listen again by themselves: the sessions' channel and the live feed's.
    let listening = 0;
    for (let waited = 0; waited < 15 && (listening = await listeningConnections()) < 4; waited++) await sleep(1_000);
    expect(listening).toBe(4);
    // A submit through the first instance reaches a teacher's new stream on the second.
    const streamAfter = await liveStream(second.url, created.body.id, teacherCookie);
    try {
      const pupil = new FailoverClient([first.url], cluster.appUrl);
      const opened = await pupil.post('/attempts', { templateId: 'md-times-table' }, cookies[0]!);
      expect(opened.status).toBe(201);
      expect((await pupil.post(`/attempts/${opened.body.attemptId}/submit`, { answer: '1' }, cookies[0]!)).status).toBe(
        200,
      );
      pupil.close();
      const isShown = () => streamAfter.stream.events.some((event) => event.topic === 'multiply-divide');
      expect(await streamAfter.until(isShown, 10_000)).toBe(true);
    } finally {
      streamAfter.close();
    }
  }, 300_000);
});
