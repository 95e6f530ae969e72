// Which errors are the client's doing (answered with their 4xx) and which are ours (500).
import { gzipSync } from 'node:zlib';
import express from 'express';
import request from 'supertest';
import { KeycloakAdminError } from '../../app/keycloak';
import { toClientError } from '../../app/lib/client-errors';

describe('client errors', () => {
  it('when an upstream answered 401 or 404 to us, then that is no client error (the client gets 500)', () => {
    expect(toClientError(new KeycloakAdminError(401, 'GET /users'))).toBeNull();
    expect(toClientError(Object.assign(new Error('not found'), { status: 404 }))).toBeNull();
  });

  it('when body-parser refuses a body, then its status and a message of ours are kept', async () => {
    const app = express();
    let caught: unknown;
    app.post('/', express.json(), (_req, res) => void res.end());
    app.use((err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      caught = err;
      res.end();
    });
    await request(app)
      .post('/')
      .set('content-type', 'application/json')
      .set('content-encoding', 'deflate')
      .send(gzipSync('{}').toString('latin1'));
    expect(toClientError(caught)).toMatchObject({
      status: 400,
      message: 'Request body could not be decoded as its Content-Encoding says',
    });
  });
});
