import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { serverWithSchool, signIn } from '../support/suites';
import { createSchoolWithOrganization, createUser, keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

describe('two-factor authentication (TOTP)', () => {
  const env = serverWithSchool();

  it('when a teacher logs in for the first time, then Keycloak makes them set up TOTP, and the next login asks for a code', async () => {
    const teacher = await createUser({ roles: ['teacher'], school: env.school });
    const first = await loginThroughApp(new Browser(), env.server.baseUrl, teacher);
    expect(first.stepsSeen).toEqual(['kc-form-login', 'kc-totp-settings-form']);
    expect(first.isLoggedIn).toBe(true);

    const second = await loginThroughApp(new Browser(), env.server.baseUrl, { ...teacher, otpKey: first.totpKey });
    expect(second.stepsSeen).toEqual(['kc-form-login', 'kc-otp-login-form']);
    expect(second.isLoggedIn).toBe(true);
  });

  it('when a teacher enters a wrong TOTP code, then the login is refused', async () => {
    const secret = randomBytes(20).toString('hex');
    const teacher = await createUser({ roles: ['teacher'], school: env.school, otpSecret: secret });
    const outcome = await loginThroughApp(new Browser(), env.server.baseUrl, {
      ...teacher,
      otpKey: Buffer.from('not-the-secret'),
    });
    expect(outcome.isLoggedIn).toBe(false);
    expect(outcome.message).toMatch(/Der Einmalcode stimmt nicht|Invalid authenticator code/);
  });

  it('when a teacher has TOTP, then a code computed from the secret logs them in', async () => {
    const secret = randomBytes(20).toString('hex');
    const teacher = await createUser({ roles: ['teacher'], school: env.school, otpSecret: secret });
    const outcome = await loginThroughApp(new Browser(), env.server.baseUrl, {
      ...teacher,
      otpKey: Buffer.from(secret, 'utf8'),
    });
    expect(outcome.stepsSeen).toEqual(['kc-form-login', 'kc-otp-login-form']);
    expect(outcome.isLoggedIn).toBe(true);
  });

  it('when a school admin switches on "2FA for everyone", then its pupils must set up TOTP, and pupils of other schools need not', async () => {
    const otherSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const otherPupil = await createUser({ roles: ['pupil'], school: otherSchool });
    expect((await loginThroughApp(new Browser(), env.server.baseUrl, pupil)).stepsSeen).toEqual(['kc-form-login']);

    const schoolAdmin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const switched = await schoolAdmin.put('/school/two-factor', { isRequiredForAll: true });
    expect(switched.status).toBe(200);
    expect(switched.body.isTwoFactorRequiredForAll).toBe(true);

    const after = await loginThroughApp(new Browser(), env.server.baseUrl, pupil);
    expect(after.stepsSeen).toEqual(['kc-form-login', 'kc-totp-settings-form']);
    expect(after.isLoggedIn).toBe(true);
    expect((await loginThroughApp(new Browser(), env.server.baseUrl, otherPupil)).stepsSeen).toEqual(['kc-form-login']);

    const audit = await env.server.dbs.platform.auditEvent.findMany({
      where: { schoolId: env.school.id, action: 'school.2fa_for_all.enabled' },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBe(schoolAdmin.user.id);
  });

  it('when a pupil set up TOTP of their own accord, then Keycloak asks them for it', async () => {
    const secret = randomBytes(20).toString('hex');
    const pupil = await createUser({ roles: ['pupil'], school: env.school, otpSecret: secret });
    const outcome = await loginThroughApp(new Browser(), env.server.baseUrl, { ...pupil, otpKey: Buffer.from(secret) });
    expect(outcome.stepsSeen).toEqual(['kc-form-login', 'kc-otp-login-form']);
    expect(outcome.isLoggedIn).toBe(true);
    const otps = await keycloakAdmin.listUserCredentials(pupil.id);
    expect(otps.filter((c) => c.type === 'otp')).toHaveLength(1);
  });
});
