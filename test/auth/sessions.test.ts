import { Browser, formsOf } from '../support/browser';
import { serverWithSchool } from '../support/suites';
import { createUser, keycloakAdmin, keycloakSessionsOf } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

const TEN_HOURS = 36_000;
const maxAgeOf = (header: string) => Number(/max-age=(\d+)/i.exec(header)?.[1]);

describe('sessions: 10 hours at most, ended by logout wherever it happens', () => {
  const env = serverWithSchool();

  it('when a pupil logs in, then the Keycloak session cookie and the app cookie live 10 hours at most and the app cookie is HttpOnly and SameSite=Lax', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);

    const keycloakSession = browser.setCookieHeaders.find((c) => c.header.startsWith('KEYCLOAK_SESSION='));
    expect(keycloakSession).toBeDefined();
    expect(maxAgeOf(keycloakSession!.header)).toBeGreaterThan(TEN_HOURS - 60);
    expect(maxAgeOf(keycloakSession!.header)).toBeLessThanOrEqual(TEN_HOURS);

    const appCookies = browser.setCookieHeaders.filter(
      (c) => c.header.startsWith('schulid.sid=') && !/max-age=0|expires=Thu, 01 Jan 1970/i.test(c.header),
    );
    const last = appCookies[appCookies.length - 1]!.header;
    expect(last).toMatch(/HttpOnly/i);
    expect(last).toMatch(/SameSite=Lax/i);
    const expires = Date.parse(/expires=([^;]+)/i.exec(last)![1]!);
    expect(expires - Date.now()).toBeLessThanOrEqual(TEN_HOURS * 1000);
    expect(expires - Date.now()).toBeGreaterThan((TEN_HOURS - 60) * 1000);
  });

  it('when the login finishes, then the session id is a new one (no session fixation)', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const browser = new Browser();
    await browser.request('GET', `${env.server.baseUrl}/auth/login`, { follow: false });
    const before = browser.cookie(new URL(env.server.baseUrl).host, 'schulid.sid');
    expect(before).toBeDefined();
    expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    expect(browser.cookie(new URL(env.server.baseUrl).host, 'schulid.sid')).not.toBe(before);
  });

  it("when Keycloak ends the user's session (an admin logs them out), then the back-channel logout ends the app session at once", async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    expect((await browser.get(`${env.server.baseUrl}/api/me`)).status).toBe(200);

    await keycloakAdmin.logoutUser(pupil.id);
    expect((await browser.get(`${env.server.baseUrl}/api/me`)).status).toBe(401);
    const rows = await env.server.dbs.platformPool.query(
      'SELECT count(*)::int AS n FROM app_sessions WHERE user_id = $1',
      [pupil.id],
    );
    expect(rows.rows[0].n).toBe(0);
  });

  it('when the pupil logs out in the app, then the Keycloak session ends too', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    expect(await keycloakSessionsOf(pupil.id)).toHaveLength(1);

    const logout = await browser.request('POST', `${env.server.baseUrl}/auth/logout`);
    // Keycloak 26 asks the browser to confirm only when no id_token_hint is sent; we send one.
    // Back at / after Keycloak's logout, which sends a signed-out browser on to the login form.
    expect(formsOf(logout).map((form) => form.id)).toEqual(expect.arrayContaining(['kc-form-login']));
    expect(logout.url).toMatch(/\/protocol\/openid-connect\/auth\?/);
    expect((await browser.get(`${env.server.baseUrl}/api/me`)).status).toBe(401);
    expect(await keycloakSessionsOf(pupil.id)).toEqual([]);
  });

  it('when a back-channel logout arrives with a forged or malformed token, then it is refused and no session ends', async () => {
    const forged = await fetch(`${env.server.baseUrl}/auth/backchannel-logout`, {
      method: 'POST',
      body: new URLSearchParams({ logout_token: 'eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.' }),
    });
    expect(forged.status).toBe(400);
    const missing = await fetch(`${env.server.baseUrl}/auth/backchannel-logout`, {
      method: 'POST',
      body: new URLSearchParams({}),
    });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(/logout_token/);
  });
});
