import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { serverWithSchool } from '../support/suites';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';

describe('who may do what: roles and school from the token, deny by default', () => {
  const env = serverWithSchool();

  const loggedIn = async (roles: string[], inSchool = env.school) => {
    const secret = randomBytes(20).toString('hex');
    const user = await createUser({ roles, school: inSchool, otpSecret: secret });
    const browser = new Browser();
    expect(
      (await loginThroughApp(browser, env.server.baseUrl, { ...user, otpKey: Buffer.from(secret) })).isLoggedIn,
    ).toBe(true);
    return browser;
  };

  it('when nobody is logged in, then the API answers 401', async () => {
    const res = await fetch(`${env.server.baseUrl}/api/school`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Please log in');
  });

  it('when a pupil calls teacher routes, then they get 403', async () => {
    const pupil = await loggedIn(['pupil']);
    expect((await pupil.get(`${env.server.baseUrl}/api/school`)).status).toBe(403);
    const put = await pupil.request('PUT', `${env.server.baseUrl}/api/school/two-factor`, {
      headers: { 'content-type': 'application/json' },
      body: '{"isRequiredForAll":false}',
    });
    expect(put.status).toBe(403);
  });

  it('when a teacher reads their school, then they see it, but they may not change its 2FA setting', async () => {
    const teacher = await loggedIn(['teacher']);
    const res = await teacher.get(`${env.server.baseUrl}/api/school`);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      id: env.school.id,
      slug: env.school.slug,
      isTwoFactorRequiredForAll: false,
    });
    const put = await teacher.request('PUT', `${env.server.baseUrl}/api/school/two-factor`, {
      headers: { 'content-type': 'application/json' },
      body: '{"isRequiredForAll":true}',
    });
    expect(put.status).toBe(403);
  });

  it("when a school admin of another school reads the school, then they get their own school's data, never this one's", async () => {
    const otherSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const otherAdmin = await loggedIn(['school-admin'], otherSchool);
    const res = JSON.parse((await otherAdmin.get(`${env.server.baseUrl}/api/school`)).body);
    expect(res.id).toBe(otherSchool.id);
  });

  it('when the 2FA setting is sent with a wrong type, then 400 names the field', async () => {
    const schoolAdmin = await loggedIn(['school-admin']);
    const put = await schoolAdmin.request('PUT', `${env.server.baseUrl}/api/school/two-factor`, {
      headers: { 'content-type': 'application/json' },
      body: '{"isRequiredForAll":"yes"}',
    });
    expect(put.status).toBe(400);
    expect(JSON.parse(put.body).error.message).toMatch(/isRequiredForAll/);
  });
});
