// Inactivity (as Moodle does it: a year after the last login): accounts unused for the school's
// period go into the restore bin, and the school admin sees them coming a month ahead. Time is
// controlled by setting the accounts' clocks (account_activity) and the school's last change of
// the period in the database; nothing sleeps.
import { binDepsOf, binInactiveAccounts } from '../../app/classes';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, keycloakAdmin, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { serverWithSchool, signIn, type SignedInApi } from '../support/suites';

jest.setTimeout(120_000);

const DAY_MS = 86_400_000;
const NEW_PASSWORD = 'Rechnen-macht-Spass-7';

type Pupil = { pupilId: string; username: string; oneTimePassword: string };

describe('inactive accounts', () => {
  const env = serverWithSchool();
  const world = {} as { admin: SignedInApi; teacher: SignedInApi; classId: string };

  const runJob = () =>
    binInactiveAccounts(
      binDepsOf({
        dbs: env.server.dbs,
        keycloak: env.server.services.keycloak,
        sessions: env.server.services.sessions,
        onPupilsDeleted: async () => {},
        restoreBinDays: 60,
      }),
    );
  // The account's clock set so that, with a 12-month period, it goes `daysFromNow` days from now
  // (negative: overdue).
  const setGoesIn = (userId: string, daysFromNow: number) => env.server.dbs.platform.$executeRaw`
    UPDATE account_activity
    SET created_at = now() + make_interval(days => ${daysFromNow}) - interval '12 months',
        last_login_at = now() + make_interval(days => ${daysFromNow}) - interval '12 months'
    WHERE user_id = ${userId}`;
  // The period set long ago: no month of notice after a change is pending.
  const periodSetLongAgo = (school: TestSchool) =>
    env.server.dbs.platform.school.update({
      where: { id: school.id },
      data: { inactivityChangedAt: new Date(Date.now() - 730 * DAY_MS) },
    });
  const isBinned = async (userId: string) =>
    (await env.server.dbs.platform.binnedAccount.count({ where: { userId } })) === 1;
  const logsIn = async (username: string, password: string, newPassword?: string) =>
    (await loginThroughApp(new Browser(), env.server.baseUrl, { username, password, newPassword })).isLoggedIn;
  const addPupils = async (count: number): Promise<Pupil[]> =>
    (await world.teacher.post(`/classes/${world.classId}/pupils`, { count })).body.pupils;

  beforeAll(async () => {
    world.admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    world.teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    world.classId = (await world.teacher.post('/classes', { name: '6c', grade: 6, schoolYear: '2026/27' })).body.id;
    await periodSetLongAgo(env.school);
  });

  it('when a pupil is unused past the period, then the job puts them into the bin as inactive and they cannot log in, while one just inside stays', async () => {
    const [past, inside] = await addPupils(2);
    const { platform } = env.server.dbs;
    // Made by the teacher: the clock starts at creation; the first login sets the last login.
    expect(await platform.accountActivity.findUnique({ where: { userId: past!.pupilId } })).toMatchObject({
      kind: 'pupil',
      lastLoginAt: null,
    });
    expect(await logsIn(past!.username, past!.oneTimePassword, NEW_PASSWORD)).toBe(true);
    const afterLogin = await platform.accountActivity.findUniqueOrThrow({ where: { userId: past!.pupilId } });
    expect(Date.now() - afterLogin.lastLoginAt!.getTime()).toBeLessThan(60_000);

    await setGoesIn(past!.pupilId, -1);
    await setGoesIn(inside!.pupilId, 1);
    expect((await runJob()).binned).toBeGreaterThanOrEqual(1);

    expect(await platform.binnedAccount.findUnique({ where: { userId: past!.pupilId } })).toMatchObject({
      kind: 'pupil',
      reason: 'inactive',
      binnedBy: null,
      username: past!.username,
      classIds: [world.classId],
    });
    expect(await isBinned(inside!.pupilId)).toBe(false);
    expect(await logsIn(past!.username, NEW_PASSWORD)).toBe(false);
    expect((await keycloakAdmin.getUser(past!.pupilId))!.enabled).toBe(false);
    const listed = (await world.teacher.get(`/classes/${world.classId}/pupils`)).body.pupils;
    expect(listed.map((p: Pupil) => p.pupilId)).toEqual([inside!.pupilId]);
    const bin = (await world.admin.get('/bin')).body.accounts;
    expect(bin).toContainEqual(expect.objectContaining({ id: past!.pupilId, reason: 'inactive' }));
    const audit = await platform.auditEvent.findMany({ where: { targetId: past!.pupilId, action: 'pupil.binned' } });
    expect(audit.map((row) => [row.actorId, row.details])).toEqual([[null, { classes: 1, reason: 'inactive' }]]);

    // Restored by the admin: back in the class, able to log in, and its clock starts again.
    expect((await world.admin.post(`/bin/accounts/${past!.pupilId}/restore`)).status).toBe(200);
    await runJob();
    expect(await isBinned(past!.pupilId)).toBe(false);
    expect(await logsIn(past!.username, NEW_PASSWORD)).toBe(true);
  });

  it('when the job runs twice, then an account goes into the bin once', async () => {
    const [pupil] = await addPupils(1);
    await setGoesIn(pupil!.pupilId, -3);
    await runJob();
    expect(await isBinned(pupil!.pupilId)).toBe(true);
    expect((await runJob()).binned).toBe(0);
    const audit = await env.server.dbs.platform.auditEvent.count({
      where: { targetId: pupil!.pupilId, action: 'pupil.binned' },
    });
    expect(audit).toBe(1);
  });

  it('when a teacher is unused past the period, then they go into the bin out of their teaching', async () => {
    const colleague = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const classId = (await colleague.post('/classes', { name: '7a', grade: 7, schoolYear: '2026/27' })).body.id;
    await setGoesIn(colleague.user.id, -1);
    await runJob();
    expect(
      await env.server.dbs.platform.binnedAccount.findUnique({ where: { userId: colleague.user.id } }),
    ).toMatchObject({ kind: 'teacher', reason: 'inactive', classIds: [classId] });
    expect((await colleague.get('/me')).status).toBe(401);
    expect(await env.server.dbs.platform.classTeacher.count({ where: { teacherId: colleague.user.id } })).toBe(0);
  });

  it('when an account goes within the month, then the school admin sees it with its date; one going in two months is not listed', async () => {
    const [soon, later] = await addPupils(2);
    await setGoesIn(soon!.pupilId, 14);
    await setGoesIn(later!.pupilId, 60);
    const res = await world.admin.get('/school/inactive-accounts');
    expect(res.status).toBe(200);
    const listed = res.body.accounts as { id: string; username: string; kind: string; goesAt: string }[];
    const entry = listed.find((account) => account.id === soon!.pupilId);
    expect(entry).toMatchObject({ username: soon!.username, kind: 'pupil' });
    expect(Math.abs(new Date(entry!.goesAt).getTime() - (Date.now() + 14 * DAY_MS))).toBeLessThan(60_000);
    expect(listed.map((account) => account.id)).not.toContain(later!.pupilId);
    expect((await world.teacher.get('/school/inactive-accounts')).status).toBe(403);
  });

  it('when an overdue account logs in before the job runs, then its clock starts again and it stays', async () => {
    const [pupil] = await addPupils(1);
    await setGoesIn(pupil!.pupilId, -5);
    const ids = async () =>
      ((await world.admin.get('/school/inactive-accounts')).body.accounts as { id: string }[]).map((a) => a.id);
    expect(await ids()).toContain(pupil!.pupilId);
    expect(await logsIn(pupil!.username, pupil!.oneTimePassword, NEW_PASSWORD)).toBe(true);
    expect(await ids()).not.toContain(pupil!.pupilId);
    await runJob();
    expect(await isBinned(pupil!.pupilId)).toBe(false);
  });

  describe('the setting', () => {
    const other = {} as { school: TestSchool; admin: SignedInApi; teacher: SignedInApi };
    beforeAll(async () => {
      other.school = await createSchoolWithOrganization(env.server.dbs.platform);
      other.admin = await signIn(env.server.baseUrl, ['school-admin'], other.school);
      other.teacher = await signIn(env.server.baseUrl, ['teacher'], other.school);
    });

    it('when a teacher sets the period, then it is refused; when an admin sends a bad one, then it is a 400', async () => {
      expect((await other.teacher.put('/school/inactivity', { months: 24 })).status).toBe(403);
      expect((await other.teacher.get('/school/inactivity')).status).toBe(403);
      for (const months of [2, 61, 6.5, '12', -1]) {
        const res = await other.admin.put('/school/inactivity', { months });
        expect({ months, status: res.status }).toEqual({ months, status: 400 });
      }
      expect((await other.admin.put('/school/inactivity', {})).status).toBe(400);
      expect((await other.admin.get('/school/inactivity')).body.months).toBe(12);
    });

    it('when an admin shortens the period, then it is saved and audited, and nobody goes sooner than a month later', async () => {
      await periodSetLongAgo(other.school);
      await setGoesIn(other.teacher.user.id, 30); // 11 months unused
      const saved = await other.admin.put('/school/inactivity', { months: 3 });
      expect(saved.status).toBe(200);
      expect(saved.body.months).toBe(3);
      expect((await other.admin.get('/school/inactivity')).body.months).toBe(3);
      const listed = (await other.admin.get('/school/inactive-accounts')).body.accounts;
      const entry = listed.find((account: { id: string }) => account.id === other.teacher.user.id);
      expect(new Date(entry.goesAt).getTime()).toBeGreaterThan(Date.now() + 27 * DAY_MS);
      await runJob();
      expect(await isBinned(other.teacher.user.id)).toBe(false);
      const audit = await env.server.dbs.platform.auditEvent.findMany({
        where: { schoolId: other.school.id, action: 'school.inactivity_set' },
      });
      expect(audit.map((row) => [row.actorId, row.details])).toEqual([[other.admin.user.id, { months: 3 }]]);
    });

    it('when an admin turns the rule off, then no account of the school goes into the bin', async () => {
      expect((await other.admin.put('/school/inactivity', { months: null })).body.months).toBeNull();
      await periodSetLongAgo(other.school);
      await setGoesIn(other.teacher.user.id, -400);
      await runJob();
      expect(await isBinned(other.teacher.user.id)).toBe(false);
      expect((await other.admin.get('/school/inactive-accounts')).body.accounts).toEqual([]);
    });
  });

  it("when the school's last school admin is unused past the period, then they stay until another admin exists", async () => {
    const school = await createSchoolWithOrganization(env.server.dbs.platform);
    const onlyAdmin = await signIn(env.server.baseUrl, ['school-admin'], school);
    await periodSetLongAgo(school);
    await setGoesIn(onlyAdmin.user.id, -10);
    await runJob();
    expect(await isBinned(onlyAdmin.user.id)).toBe(false);

    await signIn(env.server.baseUrl, ['school-admin'], school);
    await runJob();
    expect(await isBinned(onlyAdmin.user.id)).toBe(true);
  });
});
