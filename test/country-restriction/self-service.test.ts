import request from 'supertest';
import { Browser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/app';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

describe('a user sets their own countries', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Behind a reverse proxy on loopback: the app believes X-Forwarded-For from it, and only from it.
    server = await startTestServer({ TRUSTED_PROXIES: 'loopback' });
  });
  afterAll(() => server.close());

  it('when the new list would lock out the country the request comes from, then it is refused unless confirmed', async () => {
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const pupil = await createUser({ roles: ['pupil'], school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, server.baseUrl, pupil)).isLoggedIn).toBe(true);
    const put = (body: unknown) =>
      browser.request('PUT', `${server.baseUrl}/api/me/login-countries`, {
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '85.214.132.117' },
        body: JSON.stringify(body),
      });

    const refused = await put({ countries: ['AT'] });
    expect(refused.status).toBe(409);
    expect(JSON.parse(refused.body).error.message).toMatch(/comes from DE, which is not in the list/);
    expect(JSON.parse((await browser.get(`${server.baseUrl}/api/me/login-countries`)).body).countries).toBeNull();

    expect((await put({ countries: ['AT'], isLockoutConfirmed: true })).status).toBe(200);
    expect((await put({ countries: ['DE', 'AT'] })).status).toBe(200);
    expect(JSON.parse((await browser.get(`${server.baseUrl}/api/me/login-countries`)).body).countries).toEqual([
      'AT',
      'DE',
    ]);
    expect((await put({ countries: null })).status).toBe(200);
    expect(JSON.parse((await browser.get(`${server.baseUrl}/api/me/login-countries`)).body).countries).toBeNull();
  });

  it('when X-Forwarded-For comes from an address the app does not trust, then the app ignores it too', async () => {
    const untrusting = await startTestServer({ TRUSTED_PROXIES: '', RATE_LIMIT_API_PER_MINUTE: '2' });
    try {
      // Three different claimed addresses, one real one: counted as one client.
      for (const claimed of ['85.214.132.117', '8.8.8.8']) {
        expect((await request(untrusting.app).get('/api/me').set('x-forwarded-for', claimed)).status).toBe(401);
      }
      expect((await request(untrusting.app).get('/api/me').set('x-forwarded-for', '193.170.0.1')).status).toBe(429);
    } finally {
      await untrusting.close();
    }
  });
});
