// Malformed requests the body parser and router used to turn into 500s: each is the client's
// error, answered with its 4xx and { error: { code, message } }.
import { gzipSync } from 'node:zlib';
import { connect } from 'node:net';
import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { inProcessApp } from '../support/suites';

describe('hostile input at the edge', () => {
  const env = inProcessApp();
  const post = (path: string) => request(env.testApp.app).post(path);
  // The app on a real socket, for what supertest would rewrite (compressed bodies, hang-ups).
  const listening = async () => {
    const server = createServer(env.testApp.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
    return { port: (server.address() as AddressInfo).port, close };
  };
  const expectJsonError = (res: request.Response, status: number) => {
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual(expect.objectContaining({ code: expect.any(String), message: expect.any(String) }));
  };

  it('when the body has an unknown Content-Encoding, then 415 says so', async () => {
    const res = await post('/api/classes')
      .set('content-type', 'application/json')
      .set('content-encoding', 'x-squeeze')
      .send('{"name":"5a"}');
    expectJsonError(res, 415);
  });

  it('when a body says gzip but is not, then 400 says it cannot be decoded', async () => {
    const res = await post('/api/classes')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .send('{"name":"5a"}');
    expectJsonError(res, 400);
    expect(res.body.error.message).toMatch(/Content-Encoding/);
  });

  it('when a body is real gzip, then it is read as usual', async () => {
    const { port, close } = await listening();
    const status = await new Promise<number>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'content-encoding': 'gzip' };
      const req = httpRequest({ port, host: '127.0.0.1', path: '/api/anything', method: 'POST', headers }, (res) =>
        resolve(res.resume().statusCode!),
      );
      req.on('error', reject).end(gzipSync('{"a":1}'));
    });
    await close();
    expect(status).toBe(404);
  });

  it('when a path has a bad escape, then 400 says the path is malformed', async () => {
    for (const path of ['/api/classes/%ZZ', '/api/classes/%E0%A4%A/pupils', '/api/research/exports/%ED%A0%80']) {
      const res = await request(env.testApp.app).get(path);
      expectJsonError(res, 400);
      expect(res.body.error.message).toMatch(/path/);
    }
  });

  it('when a NUL byte or lone surrogate comes in a body, query or path, then 400 names the field', async () => {
    const body = await post('/api/classes')
      .set('content-type', 'application/json')
      .send('{"name":"5a\\u0000","grade":5}');
    expectJsonError(body, 400);
    expect(body.body.error.message).toMatch(/body\.name/);
    const nested = await post('/api/classes/x/pupils')
      .set('content-type', 'application/json')
      .send('{"usernames":["ok","\\ud800"]}');
    expect(nested.body.error.message).toMatch(/body\.usernames\.1/);
    const key = await post('/api/attempts').set('content-type', 'application/json').send('{"\\udc00":1}');
    expect(key.body.error.message).toMatch(/body \(a key\)/);
    const query = await request(env.testApp.app).get('/api/me/messages?lang=de%00');
    expect(query.body.error.message).toMatch(/query\.lang/);
    const path = await request(env.testApp.app).get('/api/classes/%00/pupils');
    expectJsonError(path, 400);
  });

  it('when a body is nested deeper than any request of ours, then 400 says so', async () => {
    const res = await post('/api/attempts')
      .set('content-type', 'application/json')
      .send(`${'['.repeat(2000)}${']'.repeat(2000)}`);
    expectJsonError(res, 400);
  });

  it('when a body is not JSON, then 415 asks for JSON', async () => {
    const res = await post('/api/classes').set('content-type', 'text/plain').send('{"name":"5a"}');
    expectJsonError(res, 415);
    expect(res.body.error.message).toMatch(/application\/json/);
  });

  it('when a client aborts an upload, then nothing is logged as an error', async () => {
    const { port, close } = await listening();
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(
      'POST /api/anything HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"a":"',
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await close();
    expect(env.testApp.logLines.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });
});
