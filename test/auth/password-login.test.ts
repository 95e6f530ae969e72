import { Browser } from '../support/browser';
import { apiFor, serverWithSchool } from '../support/suites';
import { createUser, keycloakSessionsOf } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

describe('logging in with a password through Keycloak', () => {
  const env = serverWithSchool();

  it('when a pupil logs in with the right password, then the app knows who they are and nothing more', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const browser = new Browser();
    const outcome = await loginThroughApp(browser, env.server.baseUrl, pupil);
    expect(outcome.stepsSeen).toEqual(['kc-form-login']);
    expect(outcome.isLoggedIn).toBe(true);

    const me = await apiFor(browser, env.server.baseUrl).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      id: pupil.id,
      roles: ['pupil'],
      school: { id: env.school.id, slug: env.school.slug, name: 'Testschule' },
      unreadMessages: 0,
    });
    expect(me.text).not.toContain(pupil.username);
  });

  it('when the password is wrong, then Keycloak says so and no session exists, neither in Keycloak nor in the app', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const browser = new Browser();
    const outcome = await loginThroughApp(browser, env.server.baseUrl, { ...pupil, password: 'wrong-password-123' });
    expect(outcome.isLoggedIn).toBe(false);
    expect(outcome.message).toMatch(/Benutzername oder Passwort stimmt nicht|Invalid username or password/);
    expect(await keycloakSessionsOf(pupil.id)).toEqual([]);
    expect((await apiFor(browser, env.server.baseUrl).get('/me')).status).toBe(401);
    const rows = await env.server.dbs.platformPool.query(
      'SELECT count(*)::int AS n FROM app_sessions WHERE user_id = $1',
      [pupil.id],
    );
    expect(rows.rows[0].n).toBe(0);
  });
});
