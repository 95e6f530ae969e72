// Every line logged while serving a request carries that request's id, method and route.
import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { apiRouter, route } from '../../app/api/api-router';
import { endpoint } from '../../app/api/endpoint';
import { errorMiddleware } from '../../app/lib/error-middleware';
import { createLogger } from '../../app/lib/logger';
import { requestLogging } from '../../app/lib/request-logging';

const ID = '0b8e3c59-3f0e-4b43-9a55-2a7e0c1d6f21';

function loggedApp() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
  const work = endpoint({
    method: 'get',
    path: '/things/:id',
    roles: ['teacher'],
    summary: 'Logs deep inside, then fails or answers',
    params: z.object({ id: z.uuid() }),
    query: z.object({ fail: z.enum(['yes', 'no']).default('no') }),
    responses: { 200: { description: 'ok', schema: z.object({ isDone: z.boolean() }) } },
  });
  const app = express();
  app.use(requestLogging(logger));
  app.use((req, _res, next) => {
    req.identity = { userId: 'u1', roles: ['teacher'], schoolId: null, via: 'session' };
    next();
  });
  app.use(
    '/api',
    apiRouter(
      [
        route(work, async ({ query }) => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          logger.info('working on it');
          if (query.fail === 'yes') throw new Error('boom');
          return { isDone: true };
        }),
      ],
      [work],
    ),
  );
  app.use(errorMiddleware(logger));
  return { app, lines };
}

describe('request-scoped logging', () => {
  it('when a request logs inside a service and then fails, then each of its lines, the 500 line included, carries its id, method and route', async () => {
    const { app, lines } = loggedApp();
    const res = await request(app).get(`/api/things/${ID}?fail=yes`).expect(500);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const messages = lines.map((line) => line.msg);
    expect(messages).toEqual(['working on it', 'request failed', 'request completed']);
    for (const line of lines) expect(line).toMatchObject({ requestId, method: 'GET', route: '/api/things/:id' });
    // Only the request line names the path; the route never carries the id.
    expect(JSON.stringify(lines.filter((line) => line.msg !== 'request completed'))).not.toContain(ID);
  });

  it('when two requests run at the same time, then their lines never borrow each other’s id', async () => {
    const { app, lines } = loggedApp();
    const [first, second] = await Promise.all([
      request(app).get(`/api/things/${ID}`).expect(200),
      request(app).get(`/api/things/${ID}`).expect(200),
    ]);
    const ids = [first.headers['x-request-id'], second.headers['x-request-id']];
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(lines.filter((line) => line.requestId === id)).toHaveLength(2);
  });

  it('when the proxy sends a request id, then it is kept; when it sends garbage, then a new one is made', async () => {
    const { app, lines } = loggedApp();
    const kept = await request(app).get(`/api/things/${ID}`).set('X-Request-Id', 'nginx-0123456789abcdef');
    expect(kept.headers['x-request-id']).toBe('nginx-0123456789abcdef');
    const replaced = await request(app).get(`/api/things/${ID}`).set('X-Request-Id', 'bad id {with} spaces');
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.some((line) => String(line.requestId).includes('spaces'))).toBe(false);
  });
});
