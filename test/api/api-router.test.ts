// The API router derives every route from its declaration: roles first, inputs parsed, the response
// passed through its schema as an allowlist.
import express from 'express';
import request from 'supertest';
import { z } from 'zod';
import { apiRouter, route } from '../../app/api/api-router';
import { endpoint } from '../../app/api/endpoint';
import { errorMiddleware } from '../../app/lib/error-middleware';
import { createLogger } from '../../app/lib/logger';

const readThing = endpoint({
  method: 'get',
  path: '/things/:id',
  roles: ['teacher'],
  summary: 'A thing',
  params: z.object({ id: z.uuid('must be a thing id') }),
  responses: { 200: { description: 'The thing', schema: z.object({ id: z.uuid(), name: z.string() }) } },
});
const ID = '7d6f1a3e-8a8e-4f55-9d1e-2f4a7d2a9b10';

function appWith(
  routes: Parameters<typeof apiRouter>[0],
  contract: Parameters<typeof apiRouter>[1],
  roles = ['teacher'],
) {
  const lines: string[] = [];
  const app = express();
  app.use((req, _res, next) => {
    req.identity = { userId: 'u1', roles: roles as never, schoolId: null, via: 'session' };
    next();
  });
  app.use(apiRouter(routes, contract));
  app.use(errorMiddleware(createLogger('error', { write: (line: string) => void lines.push(line) })));
  return { app, lines };
}

describe('API router', () => {
  it('when a handler returns fields its response schema does not name, then they are not sent', async () => {
    const { app } = appWith(
      [route(readThing, ({ params }) => ({ id: params.id, name: 'x', secret: 's3cr3t' }))],
      [readThing],
    );
    const res = await request(app).get(`/things/${ID}`).expect(200);
    expect(res.body).toEqual({ id: ID, name: 'x' });
  });

  it('when a response does not match its schema, then the caller gets 500 and the log names the endpoint', async () => {
    const { app, lines } = appWith([route(readThing, () => ({ id: 'not-a-uuid', name: 1 }))], [readThing]);
    const res = await request(app).get(`/things/${ID}`).expect(500);
    expect(JSON.stringify(res.body)).not.toContain('not-a-uuid');
    expect(lines.join('\n')).toMatch(/GET \/things\/:id does not match its schema/);
  });

  it('when a path parameter is malformed, then 400 names it and the handler never runs', async () => {
    let isCalled = false;
    const { app } = appWith([route(readThing, () => void (isCalled = true))], [readThing]);
    const res = await request(app).get('/things/42').expect(400);
    expect(res.body.error.message).toMatch(/must be a thing id/);
    expect(isCalled).toBe(false);
  });

  it('when the caller has none of the declared roles, then 403 and the handler never runs', async () => {
    let isCalled = false;
    const { app } = appWith([route(readThing, () => void (isCalled = true))], [readThing], ['pupil']);
    await request(app).get(`/things/${ID}`).expect(403);
    expect(isCalled).toBe(false);
  });

  it('when an endpoint is declared without a handler, or handled without a declaration, then the app refuses to start', () => {
    expect(() => apiRouter([], [readThing])).toThrow(/GET \/things\/:id is declared but has no handler/);
    expect(() => apiRouter([route(readThing, () => ({}))], [])).toThrow(/not declared in the API contract/);
    const nobody = endpoint({ ...readThing, roles: [] });
    expect(() => apiRouter([route(nobody, () => ({}))], [nobody])).toThrow(/at least one role/);
  });
});
