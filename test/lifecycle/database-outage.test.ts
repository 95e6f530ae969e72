// The database goes away under a pupil's submit (a restart, a failover) and comes back: the app
// answers 503 with Retry-After meanwhile — never 500 — reconnects by itself, and the pupil's
// retried submit closes the attempt exactly once. Only this app instance's connections pass the
// relay, so the PostgreSQL the other tests share stays up.
import { Browser } from '../support/browser';
import { viaPort } from '../support/env';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, type Api } from '../support/suites';
import { startTestServer, type TestServer } from '../support/app';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';

const portOf = (url: string) => Number(new URL(url).port);

describe('a database outage while pupils submit', () => {
  let dbProxy: TcpProxy;
  let server: TestServer;
  let api: Api;

  beforeAll(async () => {
    dbProxy = await startTcpProxy(portOf(process.env.DATABASE_URL!));
    server = await startTestServer({
      DATABASE_URL: viaPort(process.env.DATABASE_URL!, dbProxy.port),
      PLATFORM_DATABASE_URL: viaPort(process.env.PLATFORM_DATABASE_URL!, dbProxy.port),
    });
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const pupil = await createUser({ roles: ['pupil'], school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, server.baseUrl, pupil)).isLoggedIn).toBe(true);
    api = apiFor(browser, server.baseUrl);
  });
  afterAll(async () => {
    await server?.close();
    await dbProxy?.close();
  });

  const solutionOf = async (attemptId: string) => {
    const row = await server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    return canonicalAnswer(generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed).answer);
  };

  it('when the database is unreachable during submits, then they answer 503 with Retry-After, and the retry once it is back closes each attempt exactly once', async () => {
    const served = await Promise.all([1, 2, 3].map(() => api.post('/attempts', { topic: 'add-subtract' })));
    expect(served.map((s) => s.status)).toEqual([201, 201, 201]);
    const ids = served.map((s) => s.body.attemptId as string);
    const answers = await Promise.all(ids.map(solutionOf)); // read directly, not through the relay

    dbProxy.takeDown();
    const during = await Promise.all(ids.map((id, i) => api.post(`/attempts/${id}/submit`, { answer: answers[i] })));
    expect(during.map((r) => r.status)).toEqual([503, 503, 503]);
    for (const response of during) {
      expect(response.headers.get('retry-after')).toBe('1');
      expect(response.body.error.message).toMatch(/try again/i);
    }
    expect((await api.get('/me')).status).toBe(503);

    dbProxy.bringBack();
    // The client retries as the pupils' page does, until the app has reconnected.
    const results = [];
    for (const [i, id] of ids.entries()) {
      let response = await api.post(`/attempts/${id}/submit`, { answer: answers[i] });
      for (let tries = 0; response.status === 503 && tries < 20; tries++) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        response = await api.post(`/attempts/${id}/submit`, { answer: answers[i] });
      }
      results.push(response);
    }
    expect(results.map((r) => [r.status, r.body.result])).toEqual([
      [200, 'correct'],
      [200, 'correct'],
      [200, 'correct'],
    ]);
    // A repeat after success returns the first result; every attempt is closed once, and the
    // live feed's notification with it.
    const again = await api.post(`/attempts/${ids[0]}/submit`, { answer: '0' });
    expect([again.status, again.body.result, again.body.isRepeat]).toEqual([200, 'correct', true]);
    const rows = await server.dbs.platform.attempt.findMany({ where: { id: { in: ids } } });
    expect(rows.map((r) => r.result)).toEqual(['correct', 'correct', 'correct']);
    expect(rows.every((r) => r.submittedAt !== null && r.unreadableTries === 0)).toBe(true);
    expect((await api.get('/me')).status).toBe(200);
  });
});
