import express from 'express';
import request from 'supertest';
import { AppError } from '../../app/lib/errors';
import { errorMiddleware } from '../../app/lib/error-middleware';
import { inProcessApp } from '../support/suites';
import { createLogger } from '../../app/lib/logger';

describe('errors a client sees', () => {
  const env = inProcessApp();

  it('when the body is not JSON, then 400 says so', async () => {
    const res = await request(env.testApp.app)
      .post('/api/anything')
      .set('content-type', 'application/json')
      .send('{"broken":');
    expect(res.status).toBe(400);
    expect(res.body.error).toEqual({ code: 'bad_request', message: 'Request body is not valid JSON' });
  });

  it('when the body is larger than allowed, then 413 names the limit', async () => {
    const res = await request(env.testApp.app)
      .post('/api/anything')
      .send({ blob: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.message).toMatch(/too large/);
  });

  it('when no route matches, then 404 comes as JSON with the path', async () => {
    const res = await request(env.testApp.app).get('/api/does-not-exist?name=Max');
    expect(res.status).toBe(404);
    expect(res.body.error).toEqual({ code: 'not_found', message: 'No route for GET /api/does-not-exist' });
  });

  it('when something breaks inside, then 500 says nothing internal and the log has the error', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (l: string) => lines.push(l) });
    const app = express();
    app.get('/boom', () => {
      throw new Error('connection to 10.1.2.3 failed: password authentication failed for user "x"');
    });
    app.get('/teapot', () => {
      throw new AppError(418, 'teapot', 'I am a teapot');
    });
    app.use(errorMiddleware(logger));

    const res = await request(app).get('/boom');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal', message: 'Internal error' } });
    expect(JSON.stringify(res.body)).not.toMatch(/password|10\.1\.2\.3/);
    expect(lines.join('')).toMatch(/password authentication failed/);

    const leaky = express();
    leaky.get('/leak', () => {
      throw Object.assign(
        new Error('Invalid `tx.classPupil.createMany()` invocation: { oneTimePassword: "Geheim-12345" }'),
        { name: 'PrismaClientValidationError' },
      );
    });
    leaky.use(errorMiddleware(logger));
    expect((await request(leaky).get('/leak')).status).toBe(500);
    expect(lines.join('')).toMatch(/PrismaClientValidationError/);
    expect(lines.join('')).not.toMatch(/Geheim-12345/);

    const busy = express();
    busy.get('/busy', () => {
      throw Object.assign(new Error('Transaction API error: Unable to start a transaction in the given time.'), {
        code: 'P2028',
      });
    });
    busy.use(errorMiddleware(logger));
    const overloaded = await request(busy).get('/busy');
    expect(overloaded.status).toBe(503);
    expect(overloaded.headers['retry-after']).toBe('1');
    expect(overloaded.body.error.message).toMatch(/busy/);

    const teapot = await request(app).get('/teapot');
    expect(teapot.status).toBe(418);
    expect(teapot.body.error.message).toBe('I am a teapot');
  });

  it('when requests are logged, then the log holds neither the query string nor the client address', async () => {
    await request(env.testApp.app).get('/api/x?username=max.mustermann').set('x-forwarded-for', '203.0.113.7');
    const log = env.testApp.logLines.join('');
    expect(log).toContain('/api/x');
    expect(log).not.toMatch(/max\.mustermann|203\.0\.113\.7|127\.0\.0\.1/);
  });

  it('when a response is sent, then helmet has set its security headers', async () => {
    const res = await request(env.testApp.app).get('/healthz');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toBeDefined();
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});
