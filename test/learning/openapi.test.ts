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
});
