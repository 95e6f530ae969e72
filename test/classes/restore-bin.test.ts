// The restore bin ("Papierkorb") as a teacher and a school admin use it, with time controlled by
// setting the bin's timestamps in the database: restored with everything on day 59, gone everywhere
// (database and Keycloak) on day 61.
import { PUPIL_DATA, purgeBin } from '../../app/classes';
import { Browser } from '../support/browser';
import { keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn, type SignedInApi } from '../support/suites';

const DAY_MS = 86_400_000;
const NEW_PASSWORD = 'Zahlen-sind-toll-9';

describe('the restore bin', () => {
  const env = serverWithSchool();
  const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS);
  const runRetention = () =>
    purgeBin(
      { platform: env.server.dbs.platform, keycloak: env.server.services.keycloak, onPupilsDeleted: async () => {} },
      { binDays: 60 },
    );
  const logsIn = async (username: string, password: string) =>
    (await loginThroughApp(new Browser(), env.server.baseUrl, { username, password })).isLoggedIn;

  // A class with two pupils; the first has logged in (new password) and worked one task.
  async function classWithWorkingPupil(teacher: SignedInApi) {
    const schoolClass = (await teacher.post('/classes', { name: '3b', grade: 3, schoolYear: '2026/27' })).body;
    const pupils = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 2 })).body.pupils;
    const browser = new Browser();
    const [first] = pupils;
    await loginThroughApp(browser, env.server.baseUrl, {
      username: first.username,
      password: first.oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    const api = apiFor(browser, env.server.baseUrl);
    // A typed-number task: "1" is read (a random template could be a choice task, where an
    // unreadable answer keeps the attempt open).
    const attempt = (await api.post('/attempts', { templateId: 'as-add-2digit' })).body;
    const submitted = await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: '1' });
    expect(submitted.body.result).not.toBe('unreadable');
    return { schoolClass, pupil: first as { pupilId: string; username: string }, pupilApi: api };
  }

  it('when a teacher deletes a pupil, then the pupil cannot log in, is in no list, and is restored with their attempts on day 59', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { schoolClass, pupil, pupilApi } = await classWithWorkingPupil(teacher);
    const deleted = await teacher.delete(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}`);
    expect(deleted.status).toBe(200);
    expect(new Date(deleted.body.purgeAt).getTime() - Date.now()).toBeGreaterThan(59 * DAY_MS);

    expect((await pupilApi.get('/me')).status).toBe(401);
    expect(await logsIn(pupil.username, NEW_PASSWORD)).toBe(false);
    const listed = (await teacher.get(`/classes/${schoolClass.id}/pupils`)).body.pupils;
    expect(listed.map((p: { username: string }) => p.username)).not.toContain(pupil.username);
    const overview = (await teacher.get(`/classes/${schoolClass.id}/overview`)).body.pupils;
    expect(JSON.stringify(overview)).not.toContain(pupil.username);
    const candidates = (await teacher.get(`/classes/${schoolClass.id}/candidates`)).body.pupils;
    expect(candidates.map((p: { id: string }) => p.id)).not.toContain(pupil.pupilId);
    const bin = (await teacher.get('/bin')).body;
    expect(bin.accounts).toEqual([expect.objectContaining({ id: pupil.pupilId, kind: 'pupil', reason: 'deleted' })]);

    const { platform } = env.server.dbs;
    await platform.binnedAccount.update({ where: { userId: pupil.pupilId }, data: { binnedAt: daysAgo(59) } });
    expect((await runRetention()).accounts).toBe(0);
    const restored = await teacher.post(`/bin/accounts/${pupil.pupilId}/restore`);
    expect(restored.status).toBe(200);
    expect(restored.body.classes).toBe(1);
    expect(await logsIn(pupil.username, NEW_PASSWORD)).toBe(true);
    const history = (await teacher.get(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}/attempts`)).body;
    expect(history.attempts).toHaveLength(1);
    expect((await teacher.get('/bin')).body.accounts).toEqual([]);
    const acts = await platform.auditEvent.findMany({
      where: { targetId: pupil.pupilId },
      orderBy: { createdAt: 'asc' },
    });
    expect(acts.map((a) => a.action)).toEqual(['pupil.binned', 'account.restored']);
  });

  it('when a deleted pupil has been in the bin for 61 days, then the retention job removes them from the database and Keycloak', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { schoolClass, pupil } = await classWithWorkingPupil(teacher);
    await teacher.delete(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}`);
    const { platform } = env.server.dbs;
    await platform.binnedAccount.update({ where: { userId: pupil.pupilId }, data: { binnedAt: daysAgo(61) } });
    expect((await runRetention()).accounts).toBeGreaterThanOrEqual(1);

    expect(await keycloakAdmin.getUser(pupil.pupilId)).toBeUndefined();
    for (const { table, column } of PUPIL_DATA) {
      const [row] = await platform.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${column}::text = $1`,
        pupil.pupilId,
      );
      expect({ table, rows: row!.n }).toEqual({ table, rows: 0 });
    }
    expect(await platform.binnedAccount.count({ where: { userId: pupil.pupilId } })).toBe(0);
    expect((await teacher.post(`/bin/accounts/${pupil.pupilId}/restore`)).status).toBe(404);
  });

  it('when a teacher deletes a class, then it waits in the bin and comes back with its pupils when restored', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { schoolClass, pupil } = await classWithWorkingPupil(teacher);
    const deleted = await teacher.delete(`/classes/${schoolClass.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.pupils).toBe(2);
    expect(await logsIn(pupil.username, NEW_PASSWORD)).toBe(false);
    expect((await teacher.get('/classes')).body.classes).toEqual([]);
    const bin = (await teacher.get('/bin')).body;
    expect(bin.classes).toEqual([expect.objectContaining({ id: schoolClass.id, name: '3b', pupils: 2 })]);

    expect((await teacher.post(`/bin/classes/${schoolClass.id}/restore`)).body.pupils).toBe(2);
    expect((await teacher.get('/classes')).body.classes.map((c: { id: string }) => c.id)).toEqual([schoolClass.id]);
    expect(await logsIn(pupil.username, NEW_PASSWORD)).toBe(true);
    const history = (await teacher.get(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}/attempts`)).body;
    expect(history.attempts).toHaveLength(1);
  });

  it('when a class is deleted for good from the bin, then its pupils are gone from Keycloak and the database at once', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { schoolClass, pupil } = await classWithWorkingPupil(teacher);
    await teacher.delete(`/classes/${schoolClass.id}`);
    const purged = await teacher.delete(`/bin/classes/${schoolClass.id}`);
    expect(purged.status).toBe(200);
    expect(purged.body.pupils).toBe(2);
    expect(await keycloakAdmin.getUser(pupil.pupilId)).toBeUndefined();
    const { platform } = env.server.dbs;
    expect(await platform.attempt.count({ where: { pupilId: pupil.pupilId } })).toBe(0);
    expect(await platform.schoolClass.count({ where: { id: schoolClass.id } })).toBe(0);
    expect((await teacher.get('/bin')).body.classes).toEqual([]);
  });

  it("when another teacher or a pupil reaches for someone else's bin entry, then they are refused and nothing changes", async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { schoolClass, pupil } = await classWithWorkingPupil(teacher);
    await teacher.delete(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}`);
    const otherTeacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await otherTeacher.get('/bin')).body.accounts).toEqual([]);
    expect((await otherTeacher.post(`/bin/accounts/${pupil.pupilId}/restore`)).status).toBe(403);
    expect((await otherTeacher.delete(`/bin/accounts/${pupil.pupilId}`)).status).toBe(403);
    const aPupil = await signIn(env.server.baseUrl, ['pupil'], env.school);
    expect((await aPupil.get('/bin')).status).toBe(403);
    expect(await env.server.dbs.platform.binnedAccount.count({ where: { userId: pupil.pupilId } })).toBe(1);
    expect((await teacher.delete(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}`)).status).toBe(404);
  });

  it('when a school admin deletes a teacher, then the teacher cannot log in and is not listed, and a restore gives back their classes', async () => {
    const admin = await signIn(env.server.baseUrl, ['teacher', 'school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '6a', grade: 6, schoolYear: '2026/27' })).body;
    const deleted = await admin.delete(`/school/staff/${teacher.user.id}`);
    expect(deleted.status).toBe(200);
    expect((await teacher.get('/classes')).status).toBe(401);
    expect((await keycloakAdmin.getUser(teacher.user.id))?.enabled).toBe(false);
    const staff = (await admin.get('/school/staff')).body.staff;
    expect(staff.map((s: { id: string }) => s.id)).not.toContain(teacher.user.id);
    expect((await admin.get('/bin')).body.accounts).toContainEqual(
      expect.objectContaining({ id: teacher.user.id, kind: 'teacher', username: teacher.user.username }),
    );
    expect((await admin.delete(`/school/staff/${admin.user.id}`)).status).toBe(409);

    expect((await admin.post(`/bin/accounts/${teacher.user.id}/restore`)).body.classes).toBe(1);
    expect((await keycloakAdmin.getUser(teacher.user.id))?.enabled).toBe(true);
    const teachers = await env.server.dbs.platform.classTeacher.findMany({ where: { classId: schoolClass.id } });
    expect(teachers.map((t) => t.teacherId)).toEqual([teacher.user.id]);
  });
  it('when a deleted class and a deleted teacher have been in the bin for 61 days, then the retention job purges them, Keycloak accounts included; at 59 days nothing goes', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { schoolClass, pupil } = await classWithWorkingPupil(teacher);
    expect((await teacher.delete(`/classes/${schoolClass.id}`)).status).toBe(200);
    const leaving = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await admin.delete(`/school/staff/${leaving.user.id}`)).status).toBe(200);
    const { platform } = env.server.dbs;
    const ageBy = async (days: number) => {
      await platform.schoolClass.update({ where: { id: schoolClass.id }, data: { deletedAt: daysAgo(days) } });
      await platform.binnedAccount.update({ where: { userId: leaving.user.id }, data: { binnedAt: daysAgo(days) } });
    };

    await ageBy(59);
    await runRetention();
    expect(await platform.schoolClass.count({ where: { id: schoolClass.id } })).toBe(1);
    expect(await keycloakAdmin.getUser(leaving.user.id)).toBeDefined();
    expect(await keycloakAdmin.getUser(pupil.pupilId)).toBeDefined();

    await ageBy(61);
    await runRetention();
    expect(await platform.schoolClass.count({ where: { id: schoolClass.id } })).toBe(0);
    expect(await platform.attempt.count({ where: { pupilId: pupil.pupilId } })).toBe(0);
    expect(await keycloakAdmin.getUser(pupil.pupilId)).toBeUndefined();
    expect(await keycloakAdmin.getUser(leaving.user.id)).toBeUndefined();
    expect(await platform.binnedAccount.count({ where: { userId: leaving.user.id } })).toBe(0);
  });
});
