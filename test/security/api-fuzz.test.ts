// Every operation of the OpenAPI document, fed malformed and hostile requests as a teacher, a
// pupil, a school admin and as nobody: the API must never answer 5xx, and every 4xx must be JSON
// { error: { code, message } }. A few thousand requests, from a fixed seed (a failure replays).
import { Agent, request as httpRequest } from 'node:http';
import fc from 'fast-check';
import type { Browser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/app';
import { createSchoolWithOrganization, type TestSchool } from '../support/keycloak';
import { signIn } from '../support/suites';
import { poisonedRequests, requestFor, type FuzzRequest, type Operation } from './fuzz-arbitraries';

jest.setTimeout(180_000);

const SEED = 20261202;
const RUNS_PER_OPERATION_AND_CALLER = 20;

type Answer = { status: number; contentType: string; body: string };
type Caller = { name: string; cookie?: string };

function operationsOf(document: {
  paths: Record<
    string,
    Record<
      string,
      { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: never }> } }
    >
  >;
}): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method,
      path,
      params: (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
      query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      body: op.requestBody?.content['application/json']?.schema,
    })),
  );
}

function send(baseUrl: string, agent: Agent, caller: Caller, req: FuzzRequest): Promise<Answer> {
  const { hostname, port, origin } = new URL(baseUrl);
  // As the app's own page would send it (same origin), so the checks behind the CSRF gate run too.
  const headers: Record<string, string> = {
    ...req.headers,
    origin,
    ...(caller.cookie ? { cookie: caller.cookie } : {}),
  };
  // Node's client sends a GET's or DELETE's body unframed unless told its length.
  if (req.body) headers['content-length'] = String(req.body.length);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: hostname, port, method: req.method, path: req.path, headers, agent },
      (res) => {
        const contentType = String(res.headers['content-type'] ?? '');
        // A live stream that opened is an answer as promised; it would never end by itself.
        if (res.statusCode === 200 && contentType.startsWith('text/event-stream')) {
          res.destroy();
          outgoing.destroy();
          resolve({ status: 200, contentType, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode!,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    // An answer that never comes is a defect to name, not a test that hangs.
    outgoing.setTimeout(10_000, () => outgoing.destroy(new Error('no answer within 10 s')));
    outgoing.end(req.body);
  });
}

// What is wrong with an answer, or null when it is as promised.
export function complaintAbout(answer: Answer): string | null {
  if (answer.status >= 500) return `${answer.status} ${answer.body.slice(0, 200)}`;
  if (answer.status < 400) return null;
  if (!answer.contentType.startsWith('application/json'))
    return `${answer.status} as ${answer.contentType || 'no content type'}`;
  try {
    const { error } = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
    return typeof error?.code === 'string' && typeof error.message === 'string'
      ? null
      : `${answer.status} without { error: { code, message } }`;
  } catch {
    return `${answer.status} with a body that is not JSON`;
  }
}

describe('API fuzzing: malformed and hostile requests to every operation', () => {
  const env = {} as { server: TestServer; school: TestSchool };
  const callers: Caller[] = [{ name: 'nobody' }];
  const ids: string[] = [];

  beforeAll(async () => {
    // Thousands of requests a minute from one address: above the API's rate limit on purpose.
    env.server = await startTestServer({ RATE_LIMIT_API_PER_MINUTE: '1000000' });
    env.school = await createSchoolWithOrganization(env.server.dbs.platform);
    const cookieOf = (browser: Browser) =>
      `schulid.sid=${browser.cookie(new URL(env.server.baseUrl).host, 'schulid.sid')}`;
    const [teacher, pupil, schoolAdmin] = await Promise.all(
      [['teacher'], ['pupil'], ['school-admin']].map((roles) => signIn(env.server.baseUrl, roles, env.school)),
    );
    const schoolClass = await teacher!.post('/classes', { name: 'Fuzz 5a', grade: 5, schoolYear: '2026/27' });
    const pupils = await teacher!.post(`/classes/${schoolClass.body.id}/pupils`, { count: 1 });
    ids.push(schoolClass.body.id, pupils.body.pupils[0].pupilId, teacher!.user.id, env.school.id);
    callers.push(
      { name: 'teacher', cookie: cookieOf(teacher!.browser) },
      { name: 'pupil', cookie: cookieOf(pupil!.browser) },
      { name: 'school admin', cookie: cookieOf(schoolAdmin!.browser) },
    );
  });

  afterAll(() => env.server?.close());

  it('when every operation gets malformed bodies, types, encodings, escapes, NUL and lone surrogates, then no answer is 5xx and every 4xx is a JSON error', async () => {
    const document = await (await fetch(`${env.server.baseUrl}/api/openapi.json`)).json();
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThan(30);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const complaints: string[] = [];
    let sent = 0;
    // One caller after the other: the callers share the test's class, and what one deletes the
    // next finds gone, never half-gone.
    for (const caller of callers) {
      for (const [index, op] of operations.entries()) {
        const requests = [
          ...fc.sample(requestFor(op, ids), { numRuns: RUNS_PER_OPERATION_AND_CALLER, seed: SEED + index }),
          ...poisonedRequests(op, ids, SEED + index),
        ];
        for (const req of requests) {
          const complaint = await send(env.server.baseUrl, agent, caller, req).then(
            complaintAbout,
            (err: Error) => `no answer: ${err.message}`,
          );
          sent++;
          if (complaint)
            complaints.push(
              `${caller.name}: ${req.label} (${req.method} ${req.path.slice(0, 120)}, ${JSON.stringify(req.headers)}, body ${req.body?.toString('utf8').slice(0, 120)}): ${complaint}`,
            );
        }
      }
    }
    agent.destroy();
    expect(sent).toBeGreaterThan(1500);
    expect(complaints.slice(0, 15)).toEqual([]);
  });
});
