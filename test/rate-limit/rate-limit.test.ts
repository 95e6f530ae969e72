import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { makeTestApp, type TestApp } from '../support/app';

describe('rate limits, counted in PostgreSQL', () => {
  const apps: TestApp[] = [];
  const make = async (overrides: Record<string, string>, namespace = `test-${randomUUID()}`) => {
    const testApp = await makeTestApp(overrides, namespace);
    apps.push(testApp);
    return testApp;
  };
  afterAll(() => Promise.all(apps.map((a) => a.close())));

  it('when a client exceeds the login limit, then it gets 429 with Retry-After and a clear message', async () => {
    const { app } = await make({ RATE_LIMIT_LOGIN_PER_MINUTE: '3' });
    for (let i = 0; i < 3; i++) expect((await request(app).get('/auth/login')).status).not.toBe(429);
    const limited = await request(app).get('/auth/login');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(limited.body.error.message).toMatch(/Too many requests/);
  });

  it('when the login limit is used up, then the general API limit is still available', async () => {
    const { app } = await make({ RATE_LIMIT_LOGIN_PER_MINUTE: '1', RATE_LIMIT_API_PER_MINUTE: '100' });
    await request(app).get('/auth/login');
    expect((await request(app).get('/auth/login')).status).toBe(429);
    expect((await request(app).get('/api/nothing-here')).status).toBe(404);
  });

  it('when two app instances serve one client, then they count against one shared limit', async () => {
    const namespace = `test-${randomUUID()}`;
    const first = await make({ RATE_LIMIT_API_PER_MINUTE: '4' }, namespace);
    const second = await make({ RATE_LIMIT_API_PER_MINUTE: '4' }, namespace);
    for (let i = 0; i < 2; i++) await request(first.app).get('/api/x');
    for (let i = 0; i < 2; i++) await request(second.app).get('/api/x');
    expect((await request(first.app).get('/api/x')).status).toBe(429);
    expect((await request(second.app).get('/api/x')).status).toBe(429);
  });

  it('when clients are counted, then the counters table holds no IP address', async () => {
    const { app, dbs } = await make({ RATE_LIMIT_API_PER_MINUTE: '50' });
    await request(app).get('/api/x');
    const { rows } = await dbs.platformPool.query<{ key: string }>('SELECT key FROM rate_limit_counters');
    expect(rows.length).toBeGreaterThan(0);
    for (const { key } of rows) expect(key).not.toMatch(/127\.0\.0\.1|::1|::ffff/);
  });

  it('when a client is far below its limit, then its hits are counted in memory and reach the shared counter within a second', async () => {
    const namespace = `test-${randomUUID()}`;
    const { app, dbs } = await make({ RATE_LIMIT_API_PER_MINUTE: '1000' }, namespace);
    for (let i = 0; i < 10; i++) await request(app).get('/api/x');
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const { rows } = await dbs.platformPool.query<{ hits: number }>(
      'SELECT hits FROM rate_limit_counters ORDER BY window_end DESC',
    );
    expect(rows.map((row) => row.hits)).toContain(10);
  });

  it('when health probes come often, then they are never rate limited', async () => {
    const { app } = await make({ RATE_LIMIT_API_PER_MINUTE: '1', RATE_LIMIT_LOGIN_PER_MINUTE: '1' });
    for (let i = 0; i < 5; i++) expect((await request(app).get('/healthz')).status).toBe(200);
  });
});
