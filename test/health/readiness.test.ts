import request from 'supertest';
import { makeTestApp, type TestApp } from '../support/app';
import { viaPort } from '../support/env';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const portOf = (url: string) => Number(new URL(url).port);

describe('health and readiness', () => {
  let dbProxy: TcpProxy;
  let keycloakProxy: TcpProxy;
  let testApp: TestApp;

  beforeEach(async () => {
    dbProxy = await startTcpProxy(portOf(process.env.DATABASE_URL!));
    keycloakProxy = await startTcpProxy(portOf(process.env.KEYCLOAK_URL!));
    testApp = await makeTestApp({
      DATABASE_URL: viaPort(process.env.DATABASE_URL!, dbProxy.port),
      KEYCLOAK_URL: viaPort(process.env.KEYCLOAK_URL!, keycloakProxy.port),
      READINESS_TIMEOUT_MS: '1500',
    });
  });
  afterEach(async () => {
    await testApp.close();
    await dbProxy.close();
    await keycloakProxy.close();
  });

  it('when the database and Keycloak answer, then /readyz says ready', async () => {
    const res = await request(testApp.app).get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ready', checks: { database: 'ok', keycloak: 'ok' } });
    expect(res.body.geoipDataAgeDays).toBeGreaterThanOrEqual(0);
  });

  it('when the database goes down, then /readyz answers 503 while /healthz stays 200, and 200 once it is back', async () => {
    expect((await request(testApp.app).get('/readyz')).status).toBe(200);

    dbProxy.takeDown();
    const down = await request(testApp.app).get('/readyz');
    expect(down.status).toBe(503);
    expect(down.body.checks).toEqual({ database: 'failed', keycloak: 'ok' });
    expect((await request(testApp.app).get('/healthz')).status).toBe(200);

    dbProxy.bringBack();
    const back = await request(testApp.app).get('/readyz');
    expect(back.status).toBe(200);
    expect(back.body.checks.database).toBe('ok');
  });

  it('when Keycloak is unreachable, then /readyz answers 503 naming Keycloak', async () => {
    keycloakProxy.takeDown();
    const res = await request(testApp.app).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.checks).toEqual({ database: 'ok', keycloak: 'failed' });
  });

  it('when Keycloak hangs, then /readyz answers 503 within its time limit instead of hanging too', async () => {
    keycloakProxy.delay(10_000);
    const res = await request(testApp.app).get('/readyz');
    expect(res.status).toBe(503);
    expect(res.body.checks.keycloak).toBe('failed');
  });
});
