// A narrower country list must not leave sessions from before alive for up to 10 hours: the
// affected users' other sessions end in Keycloak and in the app, the one making the change stays.
import { Browser } from '../support/browser';
import { createUser, keycloakSessionsOf } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiJson, serverWithSchool, signedInWithTotp } from '../support/suites';

describe('narrowing a country list ends the sessions it no longer allows', () => {
  const env = serverWithSchool();

  it('when a pupil narrows their own list, then their other sessions end in Keycloak and the app, and the page says how many', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const [tablet, laptop] = [new Browser(), new Browser()];
    for (const browser of [tablet, laptop]) {
      expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    }
    expect(await keycloakSessionsOf(pupil.id)).toHaveLength(2);

    const changed = await apiJson(laptop, env.server.baseUrl, 'PUT', '/me/login-countries', { countries: ['DE'] });
    expect(changed.status).toBe(200);
    expect(changed.body.endedSessions).toBe(1);

    expect((await apiJson(tablet, env.server.baseUrl, 'GET', '/me')).status).toBe(401);
    expect((await apiJson(laptop, env.server.baseUrl, 'GET', '/me')).status).toBe(200);
    expect(await keycloakSessionsOf(pupil.id)).toHaveLength(1);
  });

  it('when a teacher widens their list, then no session ends', async () => {
    const { user, browser } = await signedInWithTotp(env.server.baseUrl, ['teacher'], env.school);
    const second = await signedInWithTotp(env.server.baseUrl, ['pupil'], env.school);
    expect((await apiJson(browser, env.server.baseUrl, 'PUT', '/me/login-countries', { countries: ['DE'] })).body.endedSessions).toBe(0);
    const widened = await apiJson(browser, env.server.baseUrl, 'PUT', '/me/login-countries', { countries: ['DE', 'AT'] });
    expect(widened.body.endedSessions).toBe(0);
    expect(await keycloakSessionsOf(user.id)).toHaveLength(1);
    expect((await apiJson(second.browser, env.server.baseUrl, 'GET', '/me')).status).toBe(200);
  });

  it("when a school admin narrows the teachers' list, then every teacher of the school is logged out, other roles and other schools stay", async () => {
    const admin = await signedInWithTotp(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signedInWithTotp(env.server.baseUrl, ['teacher'], env.school);
    const pupil = await signedInWithTotp(env.server.baseUrl, ['pupil'], env.school);

    const changed = await apiJson(admin.browser, env.server.baseUrl, 'PUT', '/school/login-countries/teacher', { countries: ['DE', 'AT'] });
    expect(changed.status).toBe(200);
    expect(changed.body.endedSessions).toBeGreaterThanOrEqual(1);

    expect((await apiJson(teacher.browser, env.server.baseUrl, 'GET', '/me')).status).toBe(401);
    expect(await keycloakSessionsOf(teacher.user.id)).toHaveLength(0);
    expect((await apiJson(pupil.browser, env.server.baseUrl, 'GET', '/me')).status).toBe(200);
    expect((await apiJson(admin.browser, env.server.baseUrl, 'GET', '/me')).status).toBe(200);
  });
});
