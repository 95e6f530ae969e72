// API answers carry personal data: no browser or proxy may keep a copy of any of them. Walks every
// GET route the API has (a new route is walked without anybody adding it here).
import { randomUUID } from 'node:crypto';
import { ENDPOINTS } from '../../app/contract';
import { serverWithSchool, signIn } from '../support/suites';

// Event streams never end: their headers are read, then the stream is dropped.
const STREAMS = new Set<string>(
  ENDPOINTS.filter((spec) =>
    Object.values(spec.responses).some((r) => 'contentType' in r && r.contentType === 'text/event-stream'),
  ).map((spec) => spec.path),
);

describe('API answers are never cached', () => {
  const env = serverWithSchool();

  it('when a signed-in user reads any API route, then the answer says Cache-Control: no-store', async () => {
    const api = await signIn(
      env.server.baseUrl,
      ['teacher', 'school-admin', 'researcher', 'platform-admin'],
      env.school,
    );
    const created = await api.post('/classes', { name: 'Cache-Probe', grade: 6, schoolYear: '2026/27' });
    expect(created.status).toBe(201);
    const getRoutes = (env.server.app.locals.apiRoutes as string[])
      .filter((route) => route.startsWith('GET '))
      .map((route) => route.slice(4));
    expect(getRoutes.length).toBeGreaterThan(15);
    expect(STREAMS.size).toBeGreaterThan(0);
    const answers = await Promise.all(
      [...getRoutes, '/openapi.json', '/no-such-route'].map(async (route) => {
        const path = route.replace(/:id\b/g, created.body.id).replace(/:[A-Za-z]+/g, () => randomUUID());
        if (STREAMS.has(route)) {
          const cookie = `schulid.sid=${api.browser.cookie(new URL(env.server.baseUrl).host, 'schulid.sid')}`;
          const stream = new AbortController();
          const answer = await fetch(`${env.server.baseUrl}/api${path}`, {
            headers: { cookie },
            signal: stream.signal,
          });
          stream.abort();
          return { route, status: answer.status, cacheControl: answer.headers.get('cache-control') };
        }
        const page = await api.get(path);
        return { route, status: page.status, cacheControl: page.headers.get('cache-control') };
      }),
    );
    for (const answer of answers) {
      expect(answer).toEqual({
        route: answer.route,
        status: expect.any(Number),
        cacheControl: expect.stringMatching(/no-store/),
      });
      expect([401, 500]).not.toContain(answer.status);
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(8);
  });
});
