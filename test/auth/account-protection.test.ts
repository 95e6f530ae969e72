import { Browser } from '../support/browser';
import { serverWithSchool } from '../support/suites';
import { createUser, keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

describe('account protection: first-login password change, password policy, brute force', () => {
  const env = serverWithSchool();

  it('when an account created by a teacher logs in for the first time, then it must choose a new password first', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school, isPasswordTemporary: true });
    const outcome = await loginThroughApp(new Browser(), env.server.baseUrl, {
      ...pupil,
      newPassword: 'Sonnenblume-2026-Mathe',
    });
    expect(outcome.stepsSeen).toEqual(['kc-form-login', 'kc-passwd-update-form']);
    expect(outcome.isLoggedIn).toBe(true);

    const again = await loginThroughApp(new Browser(), env.server.baseUrl, {
      ...pupil,
      password: 'Sonnenblume-2026-Mathe',
    });
    expect(again.stepsSeen).toEqual(['kc-form-login']);
    expect(again.isLoggedIn).toBe(true);
  });

  it('when the new password is shorter than 12 characters, then Keycloak refuses it and says why', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school, isPasswordTemporary: true });
    const outcome = await loginThroughApp(new Browser(), env.server.baseUrl, { ...pupil, newPassword: 'kurz-123' });
    expect(outcome.isLoggedIn).toBe(false);
    expect(outcome.message).toMatch(/12/);
  });

  it('when someone guesses a password five times, then the account is locked even for the right password', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(
        (await loginThroughApp(new Browser(), env.server.baseUrl, { ...pupil, password: `guess-${attempt}-xxxxxxxx` }))
          .isLoggedIn,
      ).toBe(false);
    }
    const status = await keycloakAdmin.bruteForceStatus(pupil.id);
    expect(status.isLocked).toBe(true);
    expect((await loginThroughApp(new Browser(), env.server.baseUrl, pupil)).isLoggedIn).toBe(false);
  });
});
