// When Keycloak refuses to refresh a session's tokens (the user was disabled, the session ended or
// went idle), the request that found out must not be served with the withdrawn identity.
import { signedSessionId } from '../../app/sessions/api-session';
import { SESSION_COOKIE } from '../../app/auth';
import type { Browser } from '../support/browser';
import { keycloakAdmin } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

describe('a refused token refresh', () => {
  const env = serverWithSchool();

  // Ages the session's access token, so that its next API request refreshes it at Keycloak.
  async function ageTokens(browser: Browser) {
    const host = new URL(env.server.baseUrl).host;
    const sid = signedSessionId(
      `${SESSION_COOKIE}=${browser.cookie(host, SESSION_COOKIE)}`,
      SESSION_COOKIE,
      env.server.config.SESSION_SECRET,
    )!;
    const store = env.server.services.sessions;
    const data = await new Promise<Record<string, { accessTokenExpiresAt: number }>>((resolve, reject) =>
      store.get(sid, (err, value) => (err ? reject(err) : resolve(value as never))),
    );
    data.tokens!.accessTokenExpiresAt = 0;
    await new Promise<void>((resolve, reject) =>
      store.set(sid, data as never, (err) => (err ? reject(err) : resolve())),
    );
  }

  it('when a teacher was disabled in Keycloak, then their next request is answered 401 and changes nothing', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    await ageTokens(teacher.browser);
    const accountId = await keycloakAdmin.findUserId(teacher.user.username);
    await keycloakAdmin.setUserEnabled(accountId!, false);

    const created = await teacher.post('/classes', { name: '4b', grade: 4, schoolYear: '2026/27' });
    expect(created.status).toBe(401);
    expect(created.body.error.code).toBe('session_ended');
    expect(await env.server.dbs.platform.schoolClass.count({ where: { schoolId: env.school.id } })).toBe(0);
    expect((await teacher.get('/me')).status).toBe(401);
  });

  it('when the refresh succeeds, then the request is served as before', async () => {
    const pupil = await signIn(env.server.baseUrl, ['pupil'], env.school);
    await ageTokens(pupil.browser);
    expect((await pupil.get('/me')).status).toBe(200);
  });
});
