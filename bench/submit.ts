// Answer submit under load: authenticated (session cookie), validated, one attempt row closed per
// request — at 50 and 200 connections, BENCH_SECONDS each. The app runs in its own process (as
// the Express "hello" baseline does), autocannon here; loopback only. Attempts to close are
// prepared in the database beforehand, one per request.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { Browser } from '../test/support/browser';
import { createSchoolWithOrganization, createUser, registerAppClient } from '../test/support/keycloak';
import { loginThroughApp } from '../test/support/login';
import { createDatabases, closeDatabases } from '../app/lib/db';
import { measure } from './http-load';
import { loadConfig } from '../app/lib/config';
import { cpuMsOf, postgresCpuByProcess, postgresCpuMsSince } from './process-cpu';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PORT = 3990;
const ROOT = join(__dirname, '..');
const COMPILED = join(ROOT, 'dist', 'app', 'server.js');

// The same-run baseline the goals are ratios of: bare Express "hello" at 200 connections, in its
// own process as the app is.
async function helloBaseline(): Promise<number> {
  const hello = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'express-hello.ts')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const port = await new Promise<number>((resolve) =>
      hello.stdout.once('data', (chunk: Buffer) => resolve(JSON.parse(chunk.toString()).port)),
    );
    const figures = await measure(`http://127.0.0.1:${port}/hello`, 200, SECONDS);
    console.log(JSON.stringify({ name: 'baseline: express-hello', connections: 200, ...figures }));
    return figures.requestsPerSecond;
  } finally {
    hello.kill('SIGTERM');
  }
}

const round2 = (n: number) => Math.round(n * 100) / 100;

async function main() {
  const helloRps = process.env.BENCH_ONLY ? 0 : await helloBaseline();
  const baseUrl = `http://127.0.0.1:${PORT}`;
  const clientId = `bench-app-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(24).toString('base64url');
  const removeClient = await registerAppClient(
    clientId,
    secret,
    baseUrl,
    `http://127.0.0.1:${PORT + 1}/internal/login-decisions`,
  );
  const env = {
    ...process.env,
    APP_PORT: String(PORT),
    APP_INTERNAL_PORT: String(PORT + 1),
    APP_BASE_URL: baseUrl,
    SCHULID_APP_CLIENT_ID: clientId,
    SCHULID_APP_CLIENT_SECRET: secret,
    // BENCH_APP_LOG_LEVEL=info: a line per request with its time in the app (e.g. to tell a slow
    // answer from one the load generator was slow to read).
    LOG_LEVEL: process.env.BENCH_APP_LOG_LEVEL ?? 'warn',
    RATE_LIMIT_API_PER_MINUTE: '100000000',
  };
  const app = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_APP_NODE_ARGS ?? '').split(' ').filter(Boolean),
      // The compiled app (`npm run build`), as production runs it, when it is there; else through tsx.
      ...(existsSync(COMPILED) ? [COMPILED] : ['--import', 'tsx', join(ROOT, 'app', 'server.ts')]),
    ],
    { env, stdio: 'inherit' },
  );
  const dbs = createDatabases(loadConfig(process.env));
  const migrator = new pg.Client({ connectionString: process.env.MIGRATION_DATABASE_URL });
  await migrator.connect();
  try {
    for (let i = 0; i < 100; i++) {
      if (
        await fetch(`${baseUrl}/healthz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const school = await createSchoolWithOrganization(dbs.platform);
    const pupil = await createUser({ roles: ['pupil'], school });
    const browser = new Browser();
    if (!(await loginThroughApp(browser, baseUrl, pupil)).isLoggedIn) throw new Error('login failed');
    const cookie = `schulid.sid=${browser.cookie(`127.0.0.1:${PORT}`, 'schulid.sid')}`;

    // BENCH_ONLY=name runs one of the loads (when profiling the app with BENCH_APP_NODE_ARGS=--cpu-prof).
    const load = async (name: string, connections: number, request: autocannon.Request) => {
      if (process.env.BENCH_ONLY && process.env.BENCH_ONLY !== name) return;
      const [appCpuBefore, postgresCpuBefore] = [cpuMsOf(app.pid!), postgresCpuByProcess()];
      const result = await autocannon({
        url: baseUrl,
        connections,
        duration: SECONDS,
        requests: [{ ...request, headers: { 'content-type': 'application/json', cookie, origin: baseUrl } }],
      });
      console.log(
        JSON.stringify({
          name,
          connections,
          requestsPerSecond: Math.round(result.requests.average),
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          errors: result.errors + result.non2xx,
          // What they were: timeouts, other connection errors, answers by status.
          ...(result.errors + result.non2xx > 0
            ? {
                timeouts: result.timeouts,
                statuses: Object.fromEntries(
                  Object.entries(result.statusCodeStats ?? {}).map(([status, stat]) => [status, stat.count]),
                ),
              }
            : {}),
          // Where the time went: CPU per request of the app process and of PostgreSQL.
          appCpuMsPerRequest: round2((cpuMsOf(app.pid!) - appCpuBefore) / result.requests.total),
          postgresCpuMsPerRequest: round2(postgresCpuMsSince(postgresCpuBefore) / result.requests.total),
          ...(helloRps ? { timesHello: Math.round((result.requests.average / helloRps) * 100) / 100 } : {}),
        }),
      );
    };
    // The stack every API call passes (rate limit, session from the cache, token check, JSON), no database.
    await load('authenticated-read-no-db', 200, { method: 'GET', path: '/api/topics' });
    // Reading the next task: a task drawn, generated and its attempt opened (one row inserted).
    await load('next-task', 200, {
      method: 'POST',
      path: '/api/attempts',
      body: JSON.stringify({ topic: 'add-subtract' }),
    });

    // Submits of tasks this instance served (the usual case: graded from what it remembers, one
    // transaction). The tasks are served first, untimed.
    const serve = async (count: number) => {
      const ids: string[] = [];
      await autocannon({
        url: baseUrl,
        connections: 50,
        amount: count,
        requests: [
          {
            method: 'POST',
            path: '/api/attempts',
            headers: { 'content-type': 'application/json', cookie, origin: baseUrl },
            body: JSON.stringify({ templateId: 'as-add-2digit' }),
            onResponse: (status: number, body: string) => void (status === 201 && ids.push(JSON.parse(body).attemptId)),
          },
        ],
      });
      return ids;
    };
    const submitAll = async (name: string, connections: number, ids: string[]) => {
      let next = 0;
      await load(name, connections, {
        method: 'POST',
        body: JSON.stringify({ answer: '42', activeMs: 1200 }),
        setupRequest: (request: autocannon.Request) => ({
          ...request,
          path: `/api/attempts/${ids[next++ % ids.length]!}/submit`,
        }),
      });
    };
    for (const connections of [50, 200]) {
      if (process.env.BENCH_ONLY && process.env.BENCH_ONLY !== 'answer-submit') break;
      await submitAll('answer-submit', connections, await serve(3000 * SECONDS));
    }

    // Submits of tasks another instance served (this one must read the attempt first): attempts
    // prepared in the database, more than the run can use.
    const { rows } = await dbs.platformPool.query<{ id: string }>(
      `INSERT INTO attempts (id, school_id, pupil_id, template_id, template_version, seed, topic, difficulty, expires_at)
       SELECT gen_random_uuid(), $1, $2, 'as-add-2digit', 1, i, 'add-subtract', 1, now() + interval '1 hour'
         FROM generate_series(1, $3) AS i RETURNING id`,
      [school.id, pupil.id, 3000 * SECONDS],
    );
    // Fresh statistics, as autovacuum keeps them in service: with the stale ones right after the
    // bulk insert the planner walks the pupil's index instead of the primary key (measured).
    await migrator.query('ANALYZE attempts');
    await submitAll(
      'answer-submit-served-elsewhere',
      200,
      rows.map((r) => r.id),
    );
    await dbs.platformPool.query('DELETE FROM attempts WHERE school_id = $1', [school.id]);
  } finally {
    app.kill('SIGTERM');
    await closeDatabases(dbs);
    await migrator.end();
    await removeClient();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
