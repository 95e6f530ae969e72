import request from 'supertest';
import { Browser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/app';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor } from '../support/suites';

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
    const api = apiFor(browser, server.baseUrl);
    const put = (body: unknown) =>
      api.put('/me/login-countries', body, { headers: { 'x-forwarded-for': '85.214.132.117' } });
    const countries = async () => (await api.get('/me/login-countries')).body.countries;

    const refused = await put({ countries: ['AT'] });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/comes from DE, which is not in the list/);
    expect(await countries()).toBeNull();

    expect((await put({ countries: ['AT'], isLockoutConfirmed: true })).status).toBe(200);
    expect((await put({ countries: ['DE', 'AT'] })).status).toBe(200);
    expect(await countries()).toEqual(['AT', 'DE']);
    expect((await put({ countries: null })).status).toBe(200);
    expect(await countries()).toBeNull();
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
