// GDPR Art. 18, restriction of processing: a school admin freezes an account. While frozen it cannot
// log in, its sessions are gone, research exports leave it out, and all its data stays; lifting the
// freeze gives the account back as it was.
import { randomUUID } from 'node:crypto';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn, type SignedInApi } from '../support/suites';
import { exportOf, jsonlRows } from '../research/export-client';
import { buildResearchWorld, STUDY_DAY, type ResearchWorld } from '../research/fixtures';

jest.setTimeout(120_000);

const NEW_PASSWORD = 'Rechnen-ist-toll-4';

describe('freezing an account (GDPR Art. 18)', () => {
  const env = serverWithSchool();
  const world = {} as { admin: SignedInApi; teacher: SignedInApi; classId: string };

  beforeAll(async () => {
    world.admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    world.teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    world.classId = (await world.teacher.post('/classes', { name: '5a', grade: 5, schoolYear: '2026/27' })).body.id;
  });

  // A pupil of the class who has logged in and worked one task.
  async function workingPupil() {
    const [pupil] = (await world.teacher.post(`/classes/${world.classId}/pupils`, { count: 1 })).body.pupils;
    const device = new Browser();
    const login = await loginThroughApp(device, env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    expect(login.isLoggedIn).toBe(true);
    const api = apiFor(device, env.server.baseUrl);
    const attempt = (await api.post('/attempts', { templateId: 'as-add-2digit' })).body;
    expect((await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: '12' })).status).toBe(200);
    return { id: pupil.pupilId as string, username: pupil.username as string, api };
  }
  const canLogIn = async (username: string) =>
    (await loginThroughApp(new Browser(), env.server.baseUrl, { username, password: NEW_PASSWORD })).isLoggedIn;

  it('when a school admin freezes a pupil, then the pupil is logged out and cannot log in, the data stays, and lifting it gives the account back', async () => {
    const pupil = await workingPupil();

    const frozen = await world.admin.post('/school/frozen-accounts', { userId: pupil.id });
    expect(frozen.status).toBe(200);
    expect(frozen.body).toMatchObject({ id: pupil.id, username: pupil.username });
    expect((await pupil.api.get('/me')).status).toBe(401);
    expect(await canLogIn(pupil.username)).toBe(false);
    expect((await keycloakAdmin.getUser(pupil.id))!.enabled).toBe(false);
    const listed = await world.admin.get('/school/frozen-accounts');
    expect(listed.body.accounts).toContainEqual(expect.objectContaining({ id: pupil.id, username: pupil.username }));
    // Kept: the class list, the attempt, and what the pupil's data export says about the freeze.
    expect((await world.teacher.get(`/classes/${world.classId}/pupils`)).body.pupils).toContainEqual({
      pupilId: pupil.id,
      username: pupil.username,
    });
    expect(await env.server.dbs.platform.attempt.count({ where: { pupilId: pupil.id } })).toBe(1);
    const data = await world.admin.get(`/school/pupils/${pupil.id}/data`);
    expect(data.body.accountFrozen).toEqual({ frozenAt: frozen.body.frozenAt });
    expect(data.body.attempts).toHaveLength(1);

    // Freezing again changes nothing and writes no second audit row.
    expect((await world.admin.post('/school/frozen-accounts', { userId: pupil.id })).body.frozenAt).toBe(
      frozen.body.frozenAt,
    );
    const lifted = await world.admin.delete(`/school/frozen-accounts/${pupil.id}`);
    expect(lifted.status).toBe(200);
    expect(lifted.body).toEqual({ id: pupil.id, isFrozen: false, isInBin: false });
    expect(await canLogIn(pupil.username)).toBe(true);
    expect((await world.admin.get('/school/frozen-accounts')).body.accounts).not.toContainEqual(
      expect.objectContaining({ id: pupil.id }),
    );
    expect((await world.admin.delete(`/school/frozen-accounts/${pupil.id}`)).status).toBe(404);

    const audit = await env.server.dbs.platform.auditEvent.findMany({
      where: { targetId: pupil.id, action: { in: ['account.frozen', 'account.unfrozen'] } },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ['account.frozen', world.admin.user.id],
      ['account.unfrozen', world.admin.user.id],
    ]);
  });

  it('when a frozen account is restored from the restore bin or enabled as staff, then it still cannot log in', async () => {
    const pupil = await workingPupil();
    expect((await world.admin.post('/school/frozen-accounts', { userId: pupil.id })).status).toBe(200);
    expect((await world.teacher.delete(`/classes/${world.classId}/pupils/${pupil.id}`)).status).toBe(200);
    expect((await world.admin.post(`/bin/accounts/${pupil.id}/restore`)).status).toBe(200);
    expect((await keycloakAdmin.getUser(pupil.id))!.enabled).toBe(false);
    expect(await canLogIn(pupil.username)).toBe(false);

    const colleague = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await world.admin.post('/school/frozen-accounts', { userId: colleague.user.id })).status).toBe(200);
    expect((await colleague.get('/me')).status).toBe(401);
    const enabled = await world.admin.put(`/school/staff/${colleague.user.id}/enabled`, { isEnabled: true });
    expect(enabled.status).toBe(409);
    expect(enabled.body.error).toMatchObject({ code: 'account_frozen' });
    expect((await keycloakAdmin.getUser(colleague.user.id))!.enabled).toBe(false);
  });

  it('when the account is in the bin as the freeze is lifted, then it stays disabled until restored', async () => {
    const pupil = await workingPupil();
    expect((await world.admin.post('/school/frozen-accounts', { userId: pupil.id })).status).toBe(200);
    expect((await world.teacher.delete(`/classes/${world.classId}/pupils/${pupil.id}`)).status).toBe(200);
    const lifted = await world.admin.delete(`/school/frozen-accounts/${pupil.id}`);
    expect(lifted.body).toEqual({ id: pupil.id, isFrozen: false, isInBin: true });
    expect((await keycloakAdmin.getUser(pupil.id))!.enabled).toBe(false);
    expect((await world.admin.post(`/bin/accounts/${pupil.id}/restore`)).status).toBe(200);
    expect(await canLogIn(pupil.username)).toBe(true);
  });

  it('when someone other than a school admin of the school asks, or the admin freezes themselves, then it is refused and nothing is frozen', async () => {
    const pupil = await workingPupil();
    expect((await world.teacher.post('/school/frozen-accounts', { userId: pupil.id })).status).toBe(403);
    expect((await pupil.api.post('/school/frozen-accounts', { userId: pupil.id })).status).toBe(403);
    const otherSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const otherAdmin = await signIn(env.server.baseUrl, ['school-admin'], otherSchool);
    const notTheirs = await otherAdmin.post('/school/frozen-accounts', { userId: pupil.id });
    expect(notTheirs.status).toBe(404);
    expect((await otherAdmin.delete(`/school/frozen-accounts/${pupil.id}`)).status).toBe(404);
    expect((await world.admin.post('/school/frozen-accounts', { userId: randomUUID() })).status).toBe(404);
    const self = await world.admin.post('/school/frozen-accounts', { userId: world.admin.user.id });
    expect(self.status).toBe(409);
    expect((await world.admin.post('/school/frozen-accounts', { userId: 'nobody' })).status).toBe(400);
    expect((await world.admin.post('/school/frozen-accounts', {})).status).toBe(400);
    expect(await env.server.dbs.platform.frozenAccount.count({ where: { userId: pupil.id } })).toBe(0);
    expect((await pupil.api.get('/me')).status).toBe(200);
  });
});

describe('research exports and frozen or deleted pupils', () => {
  const env = serverWithSchool();
  let world: ResearchWorld;
  beforeAll(async () => {
    world = await buildResearchWorld(env.server);
  });

  it('when a pupil is frozen and another is in the restore bin, then neither has a row in the export', async () => {
    // Two more pupils in the big class (7 and 8 attempts), so the class stays at k after two leave.
    const added = await world.teacher.post(`/classes/${world.bigClass.id}/pupils`, { count: 2 });
    for (const [index, pupil] of (added.body.pupils as { pupilId: string }[]).entries())
      for (let n = 0; n < 7 + index; n++)
        await env.server.dbs.platform.attempt.create({
          data: {
            schoolId: world.school.id,
            pupilId: pupil.pupilId,
            templateId: 'fr-add-same',
            templateVersion: 1,
            seed: n,
            topic: 'fractions-add',
            difficulty: 1,
            // As the fixtures' pupils work: the school's records single none of them out.
            startedAt: new Date(`${STUDY_DAY}T08:${String(10 + n).padStart(2, '0')}:00+02:00`),
            expiresAt: new Date(`${STUDY_DAY}T11:00:00+02:00`),
            submittedAt: new Date(`${STUDY_DAY}T08:${String(10 + n).padStart(2, '0')}:20+02:00`),
            durationMs: 20_000 + n,
            activeMs: 15_000,
            result: (['correct', 'wrong', 'unreadable'] as const)[n % 3],
            normalizedAnswer: n % 3 === 2 ? null : n % 2 ? '0,75' : '3/4',
          },
        });
    // Pupil 5 has 6 attempts, pupil 4 has 5 (pupil 3 objected in the fixtures).
    const [binned, frozen] = [world.bigClass.pupils[4]!, world.bigClass.pupils[5]!];
    expect((await world.schoolAdmin.post('/school/frozen-accounts', { userId: frozen.id })).status).toBe(200);
    expect((await world.teacher.delete(`/classes/${world.bigClass.id}/pupils/${binned.id}`)).status).toBe(200);

    const { job, files } = await exportOf(world.researcher, world.studyId, { format: 'jsonl' });
    expect(job).toMatchObject({ status: 'ready' });
    const counts = new Map<string, number>();
    for (const row of jsonlRows(files)) counts.set(row.pupil, (counts.get(row.pupil) ?? 0) + 1);
    expect([...counts.values()].sort((a, b) => a - b)).toEqual([2, 2, 3, 7, 8]);
  });
});
