import { createSchoolWithOrganization, createUser, type TestSchool } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

describe('co-teachers', () => {
  const env = serverWithSchool();
  const teacherIn = (school: TestSchool) => signIn(env.server.baseUrl, ['teacher'], school);

  it('when a teacher adds a colleague of the same school, then the colleague sees and teaches the class; teachers of other schools and pupils cannot be added', async () => {
    const owner = await teacherIn(env.school);
    const schoolClass = (await owner.post('/classes', { name: '5c', grade: 5, schoolYear: '2026/27' })).body;
    const colleague = await teacherIn(env.school);
    expect((await colleague.get(`/classes/${schoolClass.id}/pupils`)).status).toBe(403);

    expect((await owner.post(`/classes/${schoolClass.id}/teachers`, { teacherId: colleague.user.id })).status).toBe(
      204,
    );
    expect((await colleague.get(`/classes/${schoolClass.id}/pupils`)).status).toBe(200);
    expect((await colleague.get('/classes')).body.classes.map((c: { id: string }) => c.id)).toEqual([schoolClass.id]);

    const otherSchoolTeacher = await createUser({
      roles: ['teacher'],
      school: await createSchoolWithOrganization(env.server.dbs.platform),
    });
    const refused = await owner.post(`/classes/${schoolClass.id}/teachers`, { teacherId: otherSchoolTeacher.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/teacher of this school/);
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    expect((await owner.post(`/classes/${schoolClass.id}/teachers`, { teacherId: pupil.id })).status).toBe(400);
    expect((await owner.post(`/classes/${schoolClass.id}/teachers`, { teacherId: 'nobody' })).status).toBe(400);
  });
});
