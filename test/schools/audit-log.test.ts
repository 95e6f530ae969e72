// The school's audit log as its admins read it: filtered by time, actor and kind; actors by
// username only; other schools' acts never; deleted after the retention period.
import { purgeExpired } from '../../app/privacy';
import { serverWithSchool, signIn } from '../support/suites';

describe("the school's audit log", () => {
  const env = serverWithSchool();

  it('when a school admin reads the log, then each act shows by username, and filters by kind, actor and time narrow it', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: 'Log 1', grade: 1, schoolYear: '2026/27' })).body;
    await admin.put('/school/login-countries/pupil', { countries: ['DE'] });

    const all = await admin.get('/school/audit');
    expect(all.status).toBe(200);
    const created = all.body.entries.find((e: { targetId: string }) => e.targetId === schoolClass.id);
    expect(created).toMatchObject({ action: 'class.created', actor: teacher.user.username, targetType: 'class' });
    expect(JSON.stringify(all.body)).not.toContain(teacher.user.id);

    const classesOnly = (await admin.get('/school/audit?kind=class.')).body.entries;
    expect(classesOnly.length).toBeGreaterThan(0);
    expect(classesOnly.every((e: { action: string }) => e.action.startsWith('class.'))).toBe(true);
    const byAdmin = (await admin.get(`/school/audit?actor=${admin.user.username}`)).body.entries;
    expect(byAdmin.map((e: { action: string }) => e.action)).toContain('login_countries.role_set');
    expect(byAdmin.every((e: { actor: string }) => e.actor === admin.user.username)).toBe(true);
    const future = (await admin.get(`/school/audit?from=${encodeURIComponent('2099-01-01T00:00:00Z')}`)).body;
    expect(future.entries).toEqual([]);
    expect((await admin.get('/school/audit?kind=DROP TABLE')).status).toBe(400);
    expect((await teacher.get('/school/audit')).status).toBe(403);
  });

  it('when an audit row passes 56 days, then the retention job deletes it and keeps the younger ones', async () => {
    const { platform } = env.server.dbs;
    const old = await platform.auditEvent.create({
      data: {
        schoolId: env.school.id,
        action: 'test.old',
        targetType: 'school',
        createdAt: new Date(Date.now() - 57 * 86_400_000),
      },
    });
    const young = await platform.auditEvent.create({
      data: {
        schoolId: env.school.id,
        action: 'test.young',
        targetType: 'school',
        createdAt: new Date(Date.now() - 55 * 86_400_000),
      },
    });
    const { config } = env.server;
    await purgeExpired(env.server.dbs.platformPool, {
      loginAttemptDays: config.LOGIN_ATTEMPT_RETENTION_DAYS,
      userMessageDays: config.USER_MESSAGE_RETENTION_DAYS,
      auditDays: config.AUDIT_RETENTION_DAYS,
    });
    expect(await platform.auditEvent.findUnique({ where: { id: old.id } })).toBeNull();
    expect(await platform.auditEvent.findUnique({ where: { id: young.id } })).not.toBeNull();
  });
});
