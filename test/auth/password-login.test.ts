import { Browser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/app';
import { createSchoolWithOrganization, createUser, keycloakSessionsOf, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

describe('logging in with a password through Keycloak', () => {
  let server: TestServer;
  let school: TestSchool;
  beforeAll(async () => {
    server = await startTestServer();
    school = await createSchoolWithOrganization(server.dbs.platform);
  });
  afterAll(() => server.close());

  it('when a pupil logs in with the right password, then the app knows who they are and nothing more', async () => {
    const pupil = await createUser({ roles: ['pupil'], school });
    const browser = new Browser();
    const outcome = await loginThroughApp(browser, server.baseUrl, pupil);
    expect(outcome.stepsSeen).toEqual(['kc-form-login']);
    expect(outcome.isLoggedIn).toBe(true);

    const me = await browser.get(`${server.baseUrl}/api/me`);
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body)).toEqual({
      id: pupil.id,
      roles: ['pupil'],
      school: { id: school.id, slug: school.slug, name: 'Testschule' },
      unreadMessages: 0,
    });
    expect(me.body).not.toContain(pupil.username);
  });

  it('when the password is wrong, then Keycloak says so and no session exists, neither in Keycloak nor in the app', async () => {
    const pupil = await createUser({ roles: ['pupil'], school });
    const browser = new Browser();
    const outcome = await loginThroughApp(browser, server.baseUrl, { ...pupil, password: 'wrong-password-123' });
    expect(outcome.isLoggedIn).toBe(false);
    expect(outcome.message).toMatch(/Ungültiger Benutzername oder Passwort|Invalid username or password/);
    expect(await keycloakSessionsOf(pupil.id)).toEqual([]);
    expect((await browser.get(`${server.baseUrl}/api/me`)).status).toBe(401);
    const rows = await server.dbs.platformPool.query('SELECT count(*)::int AS n FROM app_sessions WHERE user_id = $1', [pupil.id]);
    expect(rows.rows[0].n).toBe(0);
  });
});
