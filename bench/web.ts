// The web app's goals (issue 13), printed beside their baselines, never asserted:
//   1. JavaScript the pupils' entry ships, gzipped (goal ≤ 80 kB), beside the CSS;
//   2. navigation to an interactive task page in Chromium on loopback (goal < 1 s), beside
//      navigating to the app's plain /healthz;
//   3. live overview latency from a committed submit to the event at the teacher's stream, with
//      CLASSES × PUPILS pupils submitting (default 30 × 25; goal p99 < 1 s), beside a bare
//      NOTIFY → LISTEN round trip on the same database.
// Loopback only, bounded by LIVE_SUBMITS (default 1,500) and the page runs (RUNS, default 20).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { closeAttempt, insertAttempt } from '../app/learning/attempt-groups.repo';
import { launchChromium, logInOnKeycloakPage, TABLET } from '../test/support/chromium';
import { createSchoolWithOrganization } from '../test/support/keycloak';
import { startTestServer } from '../test/support/app';
import { signIn } from '../test/support/api';
import { percentile } from './percentiles';

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.RUNS ?? 20);
const CLASSES = Number(process.env.CLASSES ?? 30);
const PUPILS = Number(process.env.PUPILS ?? 25);
const LIVE_SUBMITS = Number(process.env.LIVE_SUBMITS ?? 1500);
const print = (figures: object) => console.log(JSON.stringify(figures));

function shippedBytes(entry: string) {
  const html = readFileSync(join(ROOT, 'dist', 'web', entry, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  const gzipped = (ext: string) =>
    files
      .filter((f) => f.endsWith(ext))
      .reduce((sum, f) => sum + gzipSync(readFileSync(join(ROOT, 'dist', 'web', f))).length, 0);
  return { js: gzipped('.js'), css: gzipped('.css') };
}

async function main() {
  const size = shippedBytes('lernen');
  print({
    name: 'pupil-entry-gzip',
    jsKB: +(size.js / 1024).toFixed(1),
    cssKB: +(size.css / 1024).toFixed(1),
    goalJsKB: 80,
  });

  const server = await startTestServer({ LOG_LEVEL: 'silent', RATE_LIMIT_API_PER_MINUTE: '1000000' });
  const chromium = await launchChromium();
  try {
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const teacher = await signIn(server.baseUrl, ['teacher'], school);
    const schoolClass = (await teacher.post('/classes', { name: 'Bench', grade: 4, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    const context = await chromium.newContext(TABLET);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/lernen`);
    await logInOnKeycloakPage(page, server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: 'Bench-Passwort-12',
    });
    const time = async (url: string, ready: () => Promise<unknown>) => {
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        await page.goto(url);
        await ready();
        samples.push(performance.now() - started);
      }
      return percentiles(samples);
    };
    const baseline = await time(`${server.baseUrl}/healthz`, () => page.waitForLoadState('load'));
    const task = await time(`${server.baseUrl}/lernen/aufgabe?topic=multiply-divide`, () =>
      page.waitForSelector('form[data-attempt] button[type=submit]'),
    );
    print({ name: 'task-page-interactive', runs: RUNS, p50Ms: task.p50, p99Ms: task.p99, goalMs: 1000 });
    print({ name: 'baseline-healthz-navigation', runs: RUNS, p50Ms: baseline.p50, p99Ms: baseline.p99 });
    await context.close();
    await liveLatency(server, school.id, teacher);
  } finally {
    await chromium.close();
    await server.close();
  }
}

// Pupils exist only as class members here (no Keycloak accounts): their attempts are opened and
// closed through the same repository calls the submit path makes, so the NOTIFY is the real one.
async function liveLatency(
  server: Awaited<ReturnType<typeof startTestServer>>,
  schoolId: string,
  teacher: Awaited<ReturnType<typeof signIn>>,
) {
  const platform = server.dbs.platform;
  const classes: { id: string; pupils: string[] }[] = [];
  for (let c = 0; c < CLASSES; c++) {
    const id = (await teacher.post('/classes', { name: `Live ${c}`, grade: 4, schoolYear: '2026/27' })).body
      .id as string;
    const pupils = Array.from({ length: PUPILS }, () => randomUUID());
    await platform.classPupil.createMany({
      data: pupils.map((pupilId, i) => ({ classId: id, schoolId, pupilId, username: `bench-${c}-${i}` })),
    });
    classes.push({ id, pupils });
  }
  const cookie = `schulid.sid=${teacher.browser.cookie(new URL(server.baseUrl).host, 'schulid.sid')}`;
  const pending = new Map<string, number>();
  const latencies: number[] = [];
  const streams = await Promise.all(
    classes.map(async ({ id }) => {
      const response = await fetch(`${server.baseUrl}/api/classes/${id}/live`, { headers: { cookie } });
      const reader = response.body!.getReader();
      void (async () => {
        const decoder = new TextDecoder();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
          if (done) return;
          buffer += decoder.decode(value, { stream: true });
          for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
            const event = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            const data = /^data: (.*)$/m.exec(event)?.[1];
            if (!data) continue;
            const { pupilId } = JSON.parse(data) as { pupilId: string };
            const sentAt = pending.get(pupilId);
            if (sentAt !== undefined) latencies.push(performance.now() - sentAt);
          }
        }
      })();
      return reader;
    }),
  );
  const pupils = classes.flatMap((c) => c.pupils);
  const spacingMs = 10_000 / LIVE_SUBMITS; // the submits spread over about 10 s
  const started = performance.now();
  await Promise.all(
    Array.from({ length: LIVE_SUBMITS }, async (_, n) => {
      await new Promise((resolve) => setTimeout(resolve, n * spacingMs));
      const pupilId = pupils[n % pupils.length]!;
      const attempt = await insertAttempt(server.dbs.appPool, {
        schoolId,
        pupilId,
        templateId: 'md-times-table',
        templateVersion: 1,
        seed: n,
        topic: 'multiply-divide',
        difficulty: 1,
        assignmentId: null,
        ttlMs: 600_000,
      });
      const key = { schoolId, pupilId, attemptId: attempt.id };
      pending.set(pupilId, performance.now());
      await closeAttempt(server.dbs.appPool, key, { result: 'correct', normalizedAnswer: '1', activeMs: null });
    }),
  );
  await new Promise((resolve) => setTimeout(resolve, 1000));
  for (const reader of streams) await reader.cancel().catch(() => {});
  const live = percentiles(latencies);
  print({
    name: 'live-overview-latency',
    classes: CLASSES,
    pupils: CLASSES * PUPILS,
    submits: LIVE_SUBMITS,
    received: latencies.length,
    seconds: +((performance.now() - started) / 1000).toFixed(1),
    p50Ms: live.p50,
    p99Ms: live.p99,
    goalP99Ms: 1000,
  });

  const listener = new pg.Client({ connectionString: server.config.DATABASE_URL });
  await listener.connect();
  await listener.query('LISTEN bench_roundtrip');
  const roundTrips: number[] = [];
  for (let n = 0; n < 200; n++) {
    const heard = new Promise<void>((resolve) => listener.once('notification', () => resolve()));
    const sent = performance.now();
    await server.dbs.appPool.query(`SELECT pg_notify('bench_roundtrip', '${n}')`);
    await heard;
    roundTrips.push(performance.now() - sent);
  }
  await listener.end();
  const bare = percentiles(roundTrips);
  print({ name: 'baseline-notify-listen', notifies: 200, p50Ms: bare.p50, p99Ms: bare.p99 });
}

void main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
