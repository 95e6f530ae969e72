import request from 'supertest';
import { inProcessApp } from '../support/suites';

describe('the OpenAPI document', () => {
  const env = inProcessApp();

  it('when the document is fetched, then it describes every API route the app serves, with request bodies from the validating schemas', async () => {
    const res = await request(env.testApp.app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const described = Object.entries(res.body.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, methods]) =>
        Object.keys(methods).map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const served: string[] = env.testApp.app.locals.apiRoutes;
    expect(served.length).toBeGreaterThan(10);
    expect([...described].sort()).toEqual([...served].sort());
    const submit = res.body.paths['/attempts/{id}/submit'].post.requestBody.content['application/json'].schema;
    expect(submit.properties.answer).toMatchObject({ type: 'string', maxLength: 200 });
    expect(submit.required).toEqual(['answer']);
  });

  it('when the document is fetched, then every operation names its roles and describes its success answer', async () => {
    const res = await request(env.testApp.app).get('/api/openapi.json');
    const operations = Object.entries(res.body.paths as Record<string, Record<string, any>>).flatMap(
      ([path, methods]) => Object.entries(methods).map(([method, op]) => ({ name: `${method} ${path}`, op })),
    );
    for (const { name, op } of operations) {
      expect({ name, roles: op['x-roles'] }).toEqual({ name, roles: expect.arrayContaining([expect.any(String)]) });
      expect(op.description).toMatch(/^Allowed: /);
      const success = Object.entries(op.responses as Record<string, any>).filter(([status]) => status < '300');
      expect({ name, successes: success.length }).toEqual({ name, successes: expect.any(Number) });
      expect(success.length).toBeGreaterThan(0);
      for (const [status, response] of success) {
        if (status === '204') expect(response.content).toBeUndefined();
        else
          expect({ name, status, content: Object.keys(response.content ?? {}) }).toEqual({
            name,
            status,
            content: [expect.any(String)],
          });
      }
    }
    const me = res.body.paths['/me'].get;
    expect(me['x-roles']).toEqual(['any-signed-in']);
    expect(me.responses['200'].content['application/json'].schema.properties.roles.items.enum).toContain('pupil');
    expect(res.body.paths['/classes/{id}/pupils'].post['x-roles']).toEqual(['teacher', 'school-admin']);
    const served = res.body.paths['/attempts'].post.responses['201'].content['application/json'].schema;
    expect(Object.keys(served.properties.task.properties)).not.toContain('answer');
  });
});
