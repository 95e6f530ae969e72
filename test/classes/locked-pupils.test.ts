import { randomBytes } from 'node:crypto';
import { startTestServer } from '../support/app';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, createUser, keycloakAdmin, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn, type Api } from '../support/suites';

describe('locked pupils: who is locked out by wrong passwords, and unlocking them', () => {
  const env = serverWithSchool();

  const staff = (roles: string[], school: TestSchool = env.school) => signIn(env.server.baseUrl, roles, school);
  const classWithPupils = async (teacher: Api, count: number) => {
    const { id } = (await teacher.post('/classes', { name: '6c', grade: 6, schoolYear: '2026/27' })).body;
    const usernames = Array.from({ length: count }, () => `pupil-${randomBytes(4).toString('hex')}`);
    const { pupils } = (await teacher.post(`/classes/${id}/pupils`, { usernames })).body as {
      pupils: { pupilId: string; username: string; oneTimePassword: string }[];
    };
    return { classId: id as string, pupils };
  };
  const guessFiveTimes = async (username: string) => {
    for (let guess = 0; guess < 5; guess++)
      await loginThroughApp(new Browser(), env.server.baseUrl, { username, password: `guess-${guess}-xxxxxxxx` });
  };
  const unlockAudits = (classId: string) =>
    env.server.dbs.platform.auditEvent.findMany({ where: { targetId: classId, action: 'class.pupil_unlocked' } });

  it('when a classmate guessed a pupil’s password five times, then the teacher sees the pupil locked, unlocks them, and the pupil logs in at once', async () => {
    const teacher = await staff(['teacher']);
    const { classId, pupils } = await classWithPupils(teacher, 2);
    const [locked, other] = pupils as [(typeof pupils)[0], (typeof pupils)[0]];
    await guessFiveTimes(locked.username);
    expect(
      (
        await loginThroughApp(new Browser(), env.server.baseUrl, {
          username: locked.username,
          password: locked.oneTimePassword,
        })
      ).isLoggedIn,
    ).toBe(false);

    const listed = await teacher.get(`/classes/${classId}/locked-pupils`);
    expect(listed.status).toBe(200);
    expect(listed.body.pupils).toEqual([
      {
        pupilId: locked.pupilId,
        username: locked.username,
        failures: expect.any(Number),
        lastFailureAt: expect.any(String),
        lockedUntil: expect.any(String),
      },
    ]);
    expect(Date.parse(listed.body.pupils[0].lockedUntil)).toBeGreaterThan(Date.now());
    expect(listed.text).not.toContain('127.0.0.1');
    expect(listed.body.pupils.map((p: { pupilId: string }) => p.pupilId)).not.toContain(other.pupilId);

    expect((await teacher.post(`/classes/${classId}/pupils/${locked.pupilId}/unlock`)).status).toBe(204);
    expect((await teacher.get(`/classes/${classId}/locked-pupils`)).body.pupils).toEqual([]);
    const login = await loginThroughApp(new Browser(), env.server.baseUrl, {
      username: locked.username,
      password: locked.oneTimePassword,
      newPassword: 'Wieder-da-nach-Sperre-9',
    });
    expect(login.isLoggedIn).toBe(true);

    const audits = await unlockAudits(classId);
    expect(audits).toEqual([
      expect.objectContaining({
        schoolId: env.school.id,
        actorId: teacher.user.id,
        targetType: 'class',
        details: { pupil: locked.pupilId },
      }),
    ]);
  });

  it('when a school admin looks at a class they do not teach, then they see its locked pupils and may unlock them', async () => {
    const teacher = await staff(['teacher']);
    const { classId, pupils } = await classWithPupils(teacher, 1);
    await guessFiveTimes(pupils[0]!.username);
    const schoolAdmin = await staff(['school-admin']);
    expect((await schoolAdmin.get(`/classes/${classId}/locked-pupils`)).body.pupils).toHaveLength(1);
    expect((await schoolAdmin.post(`/classes/${classId}/pupils/${pupils[0]!.pupilId}/unlock`)).status).toBe(204);
    expect((await keycloakAdmin.bruteForceStatus(pupils[0]!.pupilId)).isLocked).toBe(false);
  });

  it('when another teacher, a pupil, a teacher of another school or a pupil of another class is involved, then 403 or 404 and nothing is unlocked', async () => {
    const teacher = await staff(['teacher']);
    const { classId, pupils } = await classWithPupils(teacher, 1);
    const elsewhere = await classWithPupils(teacher, 1);
    const pupil = pupils[0]!;
    await guessFiveTimes(pupil.username);
    const unlock = `/classes/${classId}/pupils/${pupil.pupilId}/unlock`;

    const colleague = await staff(['teacher']);
    expect((await colleague.get(`/classes/${classId}/locked-pupils`)).status).toBe(403);
    expect((await colleague.post(unlock)).status).toBe(403);
    const classmate = await createUser({ roles: ['pupil'], school: env.school });
    const classmateBrowser = new Browser();
    await loginThroughApp(classmateBrowser, env.server.baseUrl, classmate);
    const classmateApi = apiFor(classmateBrowser, env.server.baseUrl);
    expect((await classmateApi.get(`/classes/${classId}/locked-pupils`)).status).toBe(403);
    expect((await classmateApi.post(unlock)).status).toBe(403);
    const stranger = await staff(['teacher'], await createSchoolWithOrganization(env.server.dbs.platform));
    expect((await stranger.get(`/classes/${classId}/locked-pupils`)).status).toBe(404);
    expect((await stranger.post(unlock)).status).toBe(404);
    expect((await teacher.post(`/classes/${elsewhere.classId}/pupils/${pupil.pupilId}/unlock`)).status).toBe(404);

    expect((await keycloakAdmin.bruteForceStatus(pupil.pupilId)).isLocked).toBe(true);
    expect(await unlockAudits(classId)).toEqual([]);
    expect(await unlockAudits(elsewhere.classId)).toEqual([]);
  });

  it('when Keycloak refuses to clear the lockout, then the unlock fails and no audit row claims it', async () => {
    // An app instance whose service account Keycloak does not accept: every Admin API call fails.
    const refused = await startTestServer({ SCHULID_ADMIN_API_CLIENT_SECRET: randomBytes(24).toString('base64url') });
    try {
      const teacher = await signIn(refused.baseUrl, ['teacher'], env.school);
      const { id: classId } = (await teacher.post('/classes', { name: '6d', grade: 6, schoolYear: '2026/27' })).body;
      const schoolAdmin = await staff(['school-admin']);
      const [pupil] = (await schoolAdmin.post(`/classes/${classId}/pupils`, { count: 1 })).body.pupils;
      await guessFiveTimes(pupil.username);

      const res = await teacher.post(`/classes/${classId}/pupils/${pupil.pupilId}/unlock`);
      expect(res.status).toBe(500);
      expect(res.body.error.message).toBe('Internal error');
      expect(await unlockAudits(classId)).toEqual([]);
      expect((await keycloakAdmin.bruteForceStatus(pupil.pupilId)).isLocked).toBe(true);
    } finally {
      await refused.close();
    }
  });
});
