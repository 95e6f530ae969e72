import { serverWithSchool, signIn } from '../support/suites';
import { createSchoolWithOrganization } from '../support/keycloak';

describe('who may do what: roles and school from the token, deny by default', () => {
  const env = serverWithSchool();

  const loggedIn = (roles: string[], inSchool = env.school) => signIn(env.server.baseUrl, roles, inSchool);

  it('when nobody is logged in, then the API answers 401', async () => {
    const res = await fetch(`${env.server.baseUrl}/api/school`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('Please log in');
  });

  it('when a pupil calls teacher routes, then they get 403', async () => {
    const pupil = await loggedIn(['pupil']);
    expect((await pupil.get('/school')).status).toBe(403);
    expect((await pupil.put('/school/two-factor', { isRequiredForAll: false })).status).toBe(403);
  });

  it('when a teacher reads their school, then they see it, but they may not change its 2FA setting', async () => {
    const teacher = await loggedIn(['teacher']);
    const res = await teacher.get('/school');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: env.school.id,
      slug: env.school.slug,
      isTwoFactorRequiredForAll: false,
    });
    expect((await teacher.put('/school/two-factor', { isRequiredForAll: true })).status).toBe(403);
  });

  it("when a school admin of another school reads the school, then they get their own school's data, never this one's", async () => {
    const otherSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const otherAdmin = await loggedIn(['school-admin'], otherSchool);
    const res = (await otherAdmin.get('/school')).body;
    expect(res.id).toBe(otherSchool.id);
  });

  it('when the 2FA setting is sent with a wrong type, then 400 names the field', async () => {
    const schoolAdmin = await loggedIn(['school-admin']);
    const put = await schoolAdmin.put('/school/two-factor', { isRequiredForAll: 'yes' });
    expect(put.status).toBe(400);
    expect(put.body.error.message).toMatch(/isRequiredForAll/);
  });
});
