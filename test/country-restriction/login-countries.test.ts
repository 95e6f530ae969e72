// Country-based login restriction end to end: Keycloak's authenticator asks this app instance's
// internal listener; addresses of real countries arrive through the trusted proxy (127.0.0.1).
import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { apiFor, serverWithSchool } from '../support/suites';
import {
  createSchoolWithOrganization,
  createUser,
  keycloakSessionsOf,
  type TestSchool,
  type TestUser,
} from '../support/keycloak';
import { loginThroughApp } from '../support/login';

const DE = '85.214.132.117';
const AT = '193.170.0.1';
const US = '8.8.8.8';

describe('country-based login restriction', () => {
  const env = serverWithSchool();

  const withTotp = async (roles: string[], inSchool: TestSchool = env.school) => {
    const secret = randomBytes(20).toString('hex');
    return { ...(await createUser({ roles, school: inSchool, otpSecret: secret })), otpKey: Buffer.from(secret) };
  };
  const loginFrom = async (address: string, user: TestUser & { otpKey?: Buffer }) => {
    const browser = new Browser({ forwardedFor: address });
    const outcome = await loginThroughApp(browser, env.server.baseUrl, user);
    return { api: apiFor(browser, env.server.baseUrl), outcome };
  };
  // For logins a test needs to succeed: says what Keycloak showed when it did not.
  const loggedInFrom = async (address: string, user: TestUser & { otpKey?: Buffer }) => {
    const { api, outcome } = await loginFrom(address, user);
    if (!outcome.isLoggedIn)
      throw new Error(
        `login failed after ${outcome.stepsSeen.join(', ')}: ${outcome.message} (${outcome.page.status} ${outcome.page.url})`,
      );
    return api;
  };
  const attemptsOf = async (userId: string) =>
    (
      await env.server.dbs.platformPool.query(
        'SELECT country, is_allowed, reason, ip_truncated FROM login_attempts WHERE user_id = $1 ORDER BY occurred_at',
        [userId],
      )
    ).rows;

  it('when a pupil restricted to DE logs in from Germany, then it works; from the US it is refused even with the right password, leaves no session, is logged, and the pupil finds a message at the next login', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const first = await loginFrom(DE, pupil);
    expect(first.outcome.isLoggedIn).toBe(true);
    expect((await first.api.put('/me/login-countries', { countries: ['DE'] })).status).toBe(200);

    const blocked = await loginFrom(US, pupil);
    expect(blocked.outcome.isLoggedIn).toBe(false);
    expect(blocked.outcome.page.status).toBe(403);
    expect(blocked.outcome.message).toMatch(/Die Anmeldung aus Vereinigte Staaten ist für dieses Konto nicht erlaubt/);
    const sessions = (await keycloakSessionsOf(pupil.id)) as { ipAddress: string }[];
    expect(sessions.map((session) => session.ipAddress)).toEqual([DE]); // only the German login's
    expect((await blocked.api.get('/me')).status).toBe(401);
    // The German login is still open in the first browser; Keycloak has no session of the blocked attempt.
    expect(await attemptsOf(pupil.id)).toEqual([
      { country: 'DE', is_allowed: true, reason: 'no-restriction', ip_truncated: '85.214.132.0' },
      { country: 'US', is_allowed: false, reason: 'not-in-user-list', ip_truncated: '8.8.8.0' },
    ]);

    const next = await loginFrom(DE, pupil);
    expect(next.outcome.isLoggedIn).toBe(true);
    expect((await next.api.get('/me')).body.unreadMessages).toBe(1);
    const inbox = (await next.api.get('/me/messages')).body.messages;
    expect(inbox).toHaveLength(1);
    expect(inbox[0].text).toMatch(
      /^Ein Anmeldeversuch aus Vereinigte Staaten am \d+\. \w+ 20\d\d um \d\d:\d\d Uhr wurde blockiert\.$/,
    );
    const english = (await next.api.get('/me/messages?lang=en')).body.messages;
    expect(english[0].text).toMatch(/^A login attempt from United States on .+ was blocked\.$/);
    const read = await next.api.post(`/me/messages/${inbox[0].id}/read`);
    expect(read.status).toBe(204);
    expect((await next.api.get('/me')).body.unreadMessages).toBe(0);
  });

  it("when a school admin allows teachers only DE, AT and CH, then it holds for this school's teachers only, and the admin sees the blocked attempt", async () => {
    const ruleSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const admin = await withTotp(['school-admin'], ruleSchool);
    const adminLogin = await loginFrom(DE, admin);
    expect(adminLogin.outcome.isLoggedIn).toBe(true);
    const set = await adminLogin.api.put('/school/login-countries/teacher', { countries: ['DE', 'AT', 'CH', 'AT'] });
    expect(set.status).toBe(200);
    expect(set.body.roles).toEqual({ teacher: ['AT', 'CH', 'DE'] });

    const teacher = await withTotp(['teacher'], ruleSchool);
    expect((await loginFrom(US, teacher)).outcome.isLoggedIn).toBe(false);
    expect((await loginFrom(AT, teacher)).outcome.isLoggedIn).toBe(true);
    const pupilHere = await createUser({ roles: ['pupil'], school: ruleSchool });
    expect((await loginFrom(US, pupilHere)).outcome.isLoggedIn).toBe(true);
    const teacherElsewhere = await withTotp(['teacher'], env.school);
    expect((await loginFrom(US, teacherElsewhere)).outcome.isLoggedIn).toBe(true);

    const attempts = (await adminLogin.api.get('/school/login-attempts?blocked=true')).body.attempts;
    expect(attempts).toHaveLength(1);
    expect(attempts[0]).toMatchObject({
      userId: teacher.id,
      country: 'US',
      isAllowed: false,
      reason: 'not-in-role:teacher-list',
      ipTruncated: '8.8.8.0',
    });
  });

  it("when a teacher's own list names a country the school's list does not, then it cannot widen the school's", async () => {
    const ruleSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const admin = await withTotp(['school-admin'], ruleSchool);
    const adminLogin = await loginFrom(DE, admin);
    expect((await adminLogin.api.put('/school/login-countries/teacher', { countries: ['DE'] })).status).toBe(200);

    const teacher = await withTotp(['teacher'], ruleSchool);
    const teacherApi = await loggedInFrom(DE, teacher);
    expect((await teacherApi.put('/me/login-countries', { countries: ['DE', 'US'] })).status).toBe(200);
    expect((await loginFrom(US, teacher)).outcome.isLoggedIn).toBe(false);
  });

  it('when the X-Forwarded-For header comes from an address Keycloak does not trust, then it is ignored', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const first = await loginFrom(DE, pupil);
    expect((await first.api.put('/me/login-countries', { countries: ['US'], isLockoutConfirmed: true })).status).toBe(
      200,
    );

    // Claims to come from the US (allowed), but from 127.0.0.2, which is no trusted proxy: Keycloak
    // uses the real address, a loopback one (allowed by the school's default), not the header.
    const forged = new Browser({ forwardedFor: DE, localAddress: '127.0.0.2' });
    const forgedLogin = await loginThroughApp(forged, env.server.baseUrl, pupil);
    expect(forgedLogin.isLoggedIn).toBe(true);
    const attempts = await attemptsOf(pupil.id);
    expect(attempts[attempts.length - 1]).toEqual({
      country: null,
      is_allowed: true,
      reason: 'loopback-address',
      ip_truncated: '127.0.0.0',
    });
  });

  it('when the school refuses private and loopback addresses, then a restricted login from one is refused', async () => {
    const strictSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const admin = await withTotp(['school-admin'], strictSchool);
    const adminLogin = await loginFrom(DE, admin);
    const policy = await adminLogin.api.put('/school/login-address-policy', {
      isPrivateAddressLoginAllowed: false,
      isUnknownCountryLoginAllowed: false,
    });
    expect(policy.status).toBe(200);
    expect((await adminLogin.api.put('/school/login-countries/pupil', { countries: ['DE'] })).status).toBe(200);
    const pupil = await createUser({ roles: ['pupil'], school: strictSchool });
    expect((await loginThroughApp(new Browser(), env.server.baseUrl, pupil)).isLoggedIn).toBe(false);
    expect((await loginFrom(DE, pupil)).outcome.isLoggedIn).toBe(true);
  });

  it('when a user logs in from a country they have not logged in from before, then they find a "first login from" notice', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    expect((await loginFrom(DE, pupil)).outcome.isLoggedIn).toBe(true);
    const second = await loginFrom(DE, pupil);
    expect((await second.api.get('/me')).body.unreadMessages).toBe(0);
    const abroad = await loginFrom(AT, pupil);
    const inbox = (await abroad.api.get('/me/messages')).body.messages;
    expect(inbox.map((m: { kind: string }) => m.kind)).toEqual(['new_country']);
    expect(inbox[0].text).toMatch(/^Erste Anmeldung aus Österreich/);
  });

  it('when country codes are not ISO 3166-1 alpha-2, then the list is refused with 400 naming them', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const api = await loggedInFrom(DE, pupil);
    for (const bad of [['XX'], ['de'], ['GER'], [], 'DE']) {
      const res = await api.put('/me/login-countries', { countries: bad });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/countries/);
    }
    expect((await api.put('/me/login-countries', { countries: ['XX'] })).body.error.message).toMatch(
      /"XX" is not an ISO 3166-1 alpha-2/,
    );
  });
});
