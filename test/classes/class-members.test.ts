// Joining a class by name: the school's pupils in no class yet (e.g. from the school's SSO) and
// colleagues as co-teachers; and who has done an assignment.
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';

describe('class members picked by name', () => {
  const env = serverWithSchool();

  it('when a teacher asks who can join, then the school’s classless pupils and other teachers are listed by name, nobody of another school', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '5c', grade: 5, schoolYear: '2026/27' })).body;
    const ssoPupil = await createUser({ roles: ['pupil'], school: env.school });
    const colleague = await createUser({ roles: ['teacher'], school: env.school });
    const elsewhere = await createSchoolWithOrganization(env.server.dbs.platform);
    const stranger = await createUser({ roles: ['pupil'], school: elsewhere });

    const candidates = (await teacher.get(`/classes/${schoolClass.id}/candidates`)).body;
    expect(candidates.pupils).toContainEqual({ id: ssoPupil.id, username: ssoPupil.username });
    expect(candidates.teachers).toContainEqual({ id: colleague.id, username: colleague.username });
    expect(candidates.teachers.map((t: { id: string }) => t.id)).not.toContain(teacher.user.id);
    expect(JSON.stringify(candidates)).not.toContain(stranger.id);

    const refused = await teacher.post(`/classes/${schoolClass.id}/members`, { pupilIds: [stranger.id] });
    expect(refused.status).toBe(400);
    const added = await teacher.post(`/classes/${schoolClass.id}/members`, { pupilIds: [ssoPupil.id] });
    expect(added.status).toBe(201);
    expect(added.body.pupils).toEqual([{ pupilId: ssoPupil.id, username: ssoPupil.username }]);
    expect((await teacher.get(`/classes/${schoolClass.id}/pupils`)).body.pupils).toContainEqual({
      pupilId: ssoPupil.id,
      username: ssoPupil.username,
    });
    const after = (await teacher.get(`/classes/${schoolClass.id}/candidates`)).body;
    expect(after.pupils.map((p: { id: string }) => p.id)).not.toContain(ssoPupil.id);

    // The pupil sees the class's assignment and works it; the teacher sees who has done it.
    await teacher.post(`/classes/${schoolClass.id}/assignments`, { topic: 'add-subtract' });
    const device = new Browser();
    expect((await loginThroughApp(device, env.server.baseUrl, ssoPupil)).isLoggedIn).toBe(true);
    const pupilApi = apiFor(device, env.server.baseUrl);
    const [assignment] = (await pupilApi.get('/me/assignments')).body.assignments;
    const served = (await pupilApi.post('/attempts', { assignmentId: assignment.id })).body;
    await pupilApi.post(`/attempts/${served.attemptId}/submit`, { answer: '0' });
    const progress = (await teacher.get(`/classes/${schoolClass.id}/assignments`)).body.assignments;
    expect(progress).toHaveLength(1);
    expect(progress[0].pupils).toContainEqual(expect.objectContaining({ pupilId: ssoPupil.id, attempts: 1 }));
  });

  it('when a teacher names a pupil of another teacher’s class, then the pupil is not taken over', async () => {
    const owner = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const other = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const theirs = (await owner.post('/classes', { name: '6a', grade: 6, schoolYear: '2026/27' })).body;
    const [pupil] = (await owner.post(`/classes/${theirs.id}/pupils`, { count: 1 })).body.pupils;
    const mine = (await other.post('/classes', { name: '6b', grade: 6, schoolYear: '2026/27' })).body;
    const taken = await other.post(`/classes/${mine.id}/members`, { pupilIds: [pupil.pupilId] });
    expect(taken.status).toBe(409);
    expect((await other.get(`/classes/${mine.id}/pupils`)).body.pupils).toEqual([]);
    expect((await other.post(`/classes/${mine.id}/login-cards`, { pupilIds: [pupil.pupilId] })).status).toBe(404);
  });

  it('when a teacher of another class asks about a class not theirs, then it is refused', async () => {
    const owner = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const other = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await owner.post('/classes', { name: '5d', grade: 5, schoolYear: '2026/27' })).body;
    expect((await other.get(`/classes/${schoolClass.id}/candidates`)).status).toBe(403);
    expect((await other.get(`/classes/${schoolClass.id}/assignments`)).status).toBe(403);
    expect((await other.post(`/classes/${schoolClass.id}/members`, { pupilIds: [other.user.id] })).status).toBe(403);
  });
});
