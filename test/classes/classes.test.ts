import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, createUser, keycloakAdmin, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn, type Api } from '../support/suites';

describe('classes and pupil accounts', () => {
  const env = serverWithSchool();

  const staff = (roles: string[], school: TestSchool = env.school) => signIn(env.server.baseUrl, roles, school);
  const newClass = async (api: Api) =>
    (await api.post('/classes', { name: '5b', grade: 5, schoolYear: '2026/27' })).body;

  it('when a teacher creates a class and adds pupils, then the pupils exist in Keycloak in the school and can log in after choosing a password', async () => {
    const teacher = await staff(['teacher']);
    const created = await newClass(teacher);
    expect(created).toMatchObject({ name: '5b', grade: 5, schoolYear: '2026/27' });

    const typed = `mathe-${randomBytes(3).toString('hex')}`;
    const added = await teacher.post(`/classes/${created.id}/pupils`, { usernames: [typed] });
    expect(added.status).toBe(201);
    const generated = (await teacher.post(`/classes/${created.id}/pupils`, { count: 2 })).body.pupils;
    expect(generated).toHaveLength(2);
    for (const pupil of generated) expect(pupil.username).toMatch(/^[a-z]+-[a-z]+-\d+$/);

    const listed = (await teacher.get(`/classes/${created.id}/pupils`)).body.pupils;
    expect(listed.map((p: { username: string }) => p.username).sort()).toEqual(
      [typed, ...generated.map((p: { username: string }) => p.username)].sort(),
    );
    const classes = (await teacher.get('/classes')).body.classes;
    expect(classes).toEqual([expect.objectContaining({ id: created.id, pupils: 3 })]);

    const [first] = added.body.pupils;
    const account = await keycloakAdmin.getUser(first.pupilId);
    expect(account!.username).toBe(typed);
    const members = await keycloakAdmin.listOrganizationMemberIds(env.school.orgId);
    expect(members).toContain(first.pupilId);

    const pupilBrowser = new Browser();
    const login = await loginThroughApp(pupilBrowser, env.server.baseUrl, {
      username: typed,
      password: first.oneTimePassword,
      newPassword: 'Mein-neues-Passwort-7',
    });
    expect(login.stepsSeen).toEqual(['kc-form-login', 'kc-passwd-update-form']);
    expect((await apiFor(pupilBrowser, env.server.baseUrl).get('/me')).body).toMatchObject({
      roles: ['pupil'],
      school: { id: env.school.id },
    });
  });

  it('when a username is taken, then nothing is created and the teacher is told which one', async () => {
    const teacher = await staff(['teacher']);
    const created = await newClass(teacher);
    const taken = (await createUser({ roles: ['pupil'], school: env.school })).username;
    const res = await teacher.post(`/classes/${created.id}/pupils`, {
      usernames: [`neu-${randomBytes(3).toString('hex')}`, taken],
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain(taken);
    expect((await teacher.get(`/classes/${created.id}/pupils`)).body.pupils).toEqual([]);
  });

  it('when a pupil, another teacher or a teacher of another school reaches for a class, then they get 403 or 404', async () => {
    const teacher = await staff(['teacher']);
    const created = await newClass(teacher);
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const pupilBrowser = new Browser();
    await loginThroughApp(pupilBrowser, env.server.baseUrl, pupil);
    expect((await apiFor(pupilBrowser, env.server.baseUrl).get('/classes')).status).toBe(403);
    const colleague = await staff(['teacher']);
    expect((await colleague.get(`/classes/${created.id}/pupils`)).status).toBe(403);
    const stranger = await staff(['teacher'], await createSchoolWithOrganization(env.server.dbs.platform));
    expect((await stranger.get(`/classes/${created.id}/pupils`)).status).toBe(404);
    expect((await stranger.post(`/classes/${created.id}/pupils`, { count: 1 })).status).toBe(404);
  });

  it('when class or pupil requests are malformed, then 400 says what is wrong', async () => {
    const teacher = await staff(['teacher']);
    expect((await teacher.post('/classes', { name: '', grade: 5, schoolYear: '2026/27' })).status).toBe(400);
    const badYear = await teacher.post('/classes', { name: '5a', grade: 5, schoolYear: '26' });
    expect(badYear.body.error.message).toMatch(/school year/);
    const created = await newClass(teacher);
    expect((await teacher.post(`/classes/${created.id}/pupils`, { usernames: ['Max Mustermann'] })).status).toBe(400);
    expect((await teacher.post(`/classes/${created.id}/pupils`, { usernames: ['a-b-c'], count: 2 })).status).toBe(400);
    expect((await teacher.post(`/classes/${created.id}/pupils`, { count: 41 })).status).toBe(400);
  });
});
