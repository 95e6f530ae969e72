// Pupils of the school in no class (e.g. from the school's SSO, before a teacher adds them) exist only
// in Keycloak: the school admin sees them, downloads their data and can freeze them.
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

describe("the school's pupils without a class", () => {
  const env = serverWithSchool();

  it('when a pupil of the school is in no class, then the school admin sees them, and not pupils in a class, in the bin or of another school', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const alone = await createUser({ roles: ['pupil'], school: env.school });
    const elsewhere = await createUser({
      roles: ['pupil'],
      school: await createSchoolWithOrganization(env.server.dbs.platform),
    });
    const schoolClass = (await teacher.post('/classes', { name: '3c', grade: 3, schoolYear: '2026/27' })).body;
    const [inClass, binned] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 2 })).body.pupils;
    expect((await teacher.delete(`/classes/${schoolClass.id}/pupils/${binned.pupilId}`)).status).toBe(200);

    const listed = await admin.get('/school-pupils/without-class');
    expect(listed.status).toBe(200);
    const ids = (listed.body.pupils as { id: string }[]).map((p) => p.id);
    expect(listed.body.pupils).toContainEqual({ id: alone.id, username: alone.username });
    expect(ids).not.toContain(inClass.pupilId);
    expect(ids).not.toContain(binned.pupilId);
    expect(ids).not.toContain(elsewhere.id);

    const data = await admin.get(`/school/pupils/${alone.id}/data`);
    expect(data.status).toBe(200);
    expect(data.body.profile).toMatchObject({ userId: alone.id, username: alone.username });
    expect((await admin.post('/school/frozen-accounts', { userId: alone.id })).status).toBe(200);
  });

  it('when a teacher or a pupil asks, then 403', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const pupil = await signIn(env.server.baseUrl, ['pupil'], env.school);
    expect((await teacher.get('/school-pupils/without-class')).status).toBe(403);
    expect((await pupil.get('/school-pupils/without-class')).status).toBe(403);
  });
});
