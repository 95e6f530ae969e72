// A narrower country list must not leave sessions from before alive for up to 10 hours: the
// affected users' other sessions end in Keycloak and in the app, the one making the change stays.
import request from 'supertest';
import { SESSION_COOKIE } from '../../app/auth';
import { makeTestApp } from '../support/app';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, createUser, keycloakSessionsOf } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';

describe('narrowing a country list ends the sessions it no longer allows', () => {
  const env = serverWithSchool();
  // Two devices of one user, each logged in with the password alone.
  const twoDevicesOf = async (user: { username: string; password: string }) => {
    const devices = [apiFor(new Browser(), env.server.baseUrl), apiFor(new Browser(), env.server.baseUrl)] as const;
    for (const device of devices)
      expect((await loginThroughApp(device.browser, env.server.baseUrl, user)).isLoggedIn).toBe(true);
    return devices;
  };

  it('when a pupil narrows their own list, then their other sessions end in Keycloak and the app, and the page says how many', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const [tablet, laptop] = await twoDevicesOf(pupil);
    expect(await keycloakSessionsOf(pupil.id)).toHaveLength(2);

    const changed = await laptop.put('/me/login-countries', { countries: ['DE'] });
    expect(changed.status).toBe(200);
    expect(changed.body.endedSessions).toBe(1);

    expect((await tablet.get('/me')).status).toBe(401);
    expect((await laptop.get('/me')).status).toBe(200);
    expect(await keycloakSessionsOf(pupil.id)).toHaveLength(1);
  });

  it('when a teacher widens their list, then no session ends', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const second = await signIn(env.server.baseUrl, ['pupil'], env.school);
    expect((await teacher.put('/me/login-countries', { countries: ['DE'] })).body.endedSessions).toBe(0);
    const widened = await teacher.put('/me/login-countries', { countries: ['DE', 'AT'] });
    expect(widened.body.endedSessions).toBe(0);
    expect(await keycloakSessionsOf(teacher.user.id)).toHaveLength(1);
    expect((await second.get('/me')).status).toBe(200);
  });

  it("when a school admin narrows the teachers' list, then every teacher of the school is logged out, other roles and other schools stay", async () => {
    const school = await createSchoolWithOrganization(env.server.dbs.platform);
    const admin = await signIn(env.server.baseUrl, ['school-admin'], school);
    const teachers = [
      await signIn(env.server.baseUrl, ['teacher'], school),
      await signIn(env.server.baseUrl, ['teacher'], school),
    ];
    const pupil = await signIn(env.server.baseUrl, ['pupil'], school);
    const elsewhere = await signIn(env.server.baseUrl, ['teacher'], env.school);

    const changed = await admin.put('/school/login-countries/teacher', { countries: ['DE', 'AT'] });
    expect(changed.status).toBe(200);
    expect(changed.body.endedSessions).toBe(2);

    for (const teacher of teachers) {
      expect((await teacher.get('/me')).status).toBe(401);
      expect(await keycloakSessionsOf(teacher.user.id)).toHaveLength(0);
    }
    for (const stays of [pupil, admin, elsewhere]) expect((await stays.get('/me')).status).toBe(200);
  });

  it('when Keycloak cannot end the sessions, then the answer says the list was saved and to send it again, and sending it again ends them', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const [tablet, laptop] = await twoDevicesOf(pupil);
    const broken = await makeTestApp({ SCHULID_ADMIN_API_CLIENT_SECRET: 'not-the-secret-of-the-service-account' });
    try {
      const cookie = `${SESSION_COOKIE}=${laptop.browser.cookie(new URL(env.server.baseUrl).host, SESSION_COOKIE)}`;
      const refused = await request(broken.app)
        .put('/api/me/login-countries')
        .set({ cookie, origin: broken.config.APP_BASE_URL, 'content-type': 'application/json' })
        .send({ countries: ['DE'] });
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('sessions_not_ended');
      expect(refused.body.error.message).toMatch(/saved/);
    } finally {
      await broken.close();
    }
    expect((await laptop.get('/me/login-countries')).body.countries).toEqual(['DE']);
    expect((await tablet.get('/me')).status).toBe(200);

    const again = await laptop.put('/me/login-countries', { countries: ['DE'] });
    expect(again.body.endedSessions).toBe(1);
    expect((await tablet.get('/me')).status).toBe(401);
  });
});
