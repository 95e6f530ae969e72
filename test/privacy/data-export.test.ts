// GDPR Art. 15/20: every user downloads what the platform holds about them, a school admin does it
// for a pupil of their own school. Two pupils share a class; each export holds its own person only.
import { randomUUID } from 'node:crypto';
import { USER_COLUMNS_NOT_EXPORTED, USER_DATA } from '../../app/data-export';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn, type Api, type SignedInApi } from '../support/suites';

// Every column that holds a user's id (or login name), whoever's it is.
const USER_COLUMN =
  /^(pupil_id|user_id|actor_id|username|teacher_id|researcher_id|created_by|recorded_by|decided_by|requested_by|binned_by|frozen_by)$|_(pupil|user)_id$/;

type Pupil = { pupilId: string; username: string; api: Api };

describe('the data export', () => {
  const env = serverWithSchool();
  const world = {} as {
    teacher: SignedInApi;
    classId: string;
    a: Pupil;
    b: Pupil;
    answerOfB: string | null;
    studyName: string;
  };

  async function pupilWorking(pupil: { pupilId: string; username: string; oneTimePassword: string }, answer: string) {
    const browser = new Browser();
    const login = await loginThroughApp(browser, env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: 'Zahlen-sind-toll-9',
    });
    expect(login.isLoggedIn).toBe(true);
    const api = apiFor(browser, env.server.baseUrl);
    const attempt = (await api.post('/attempts', { templateId: 'as-add-2digit' })).body;
    expect((await api.post(`/attempts/${attempt.attemptId}/submit`, { answer })).status).toBe(200);
    return { pupilId: pupil.pupilId, username: pupil.username, api };
  }

  beforeAll(async () => {
    const { platform } = env.server.dbs;
    world.teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await world.teacher.post('/classes', { name: '4a', grade: 4, schoolYear: '2026/27' })).body;
    world.classId = schoolClass.id;
    const [first, second] = (await world.teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 2 })).body.pupils;
    world.a = await pupilWorking(first, '1');
    world.b = await pupilWorking(second, '98765');
    world.answerOfB = (
      await platform.attempt.findFirstOrThrow({ where: { pupilId: world.b.pupilId } })
    ).normalizedAnswer;
    expect((await world.teacher.post(`/classes/${schoolClass.id}/assignments`, { topic: 'add-subtract' })).status).toBe(
      201,
    );
    for (const [pupil, country] of [
      [world.a, 'FR'],
      [world.b, 'BR'],
    ] as const)
      await platform.userMessage.create({
        data: {
          userId: pupil.pupilId,
          schoolId: env.school.id,
          kind: 'login_blocked',
          params: { country, at: new Date().toISOString() },
        },
      });
    const objection = await world.teacher.put(
      `/classes/${schoolClass.id}/pupils/${world.a.pupilId}/research-objection`,
      { objects: true },
    );
    expect(objection.status).toBe(200);
    world.studyName = `Bruchrechnen-Studie ${randomUUID().slice(0, 8)}`;
    const study = await platform.study.create({
      data: {
        name: world.studyName,
        purpose: 'Wie Kinder Brüche lernen',
        rangeFrom: new Date('2026-09-01'),
        rangeTo: new Date('2027-07-31'),
        createdBy: world.teacher.user.id,
        schools: {
          create: { schoolId: env.school.id, isOptedIn: true, decidedAt: new Date(), decidedBy: world.teacher.user.id },
        },
      },
    });
    // An export that released A's attempt: the export says which study received it.
    const attemptOfA = await platform.attempt.findFirstOrThrow({ where: { pupilId: world.a.pupilId } });
    await platform.studyExport.create({
      data: {
        studyId: study.id,
        requestedBy: world.teacher.user.id,
        status: 'ready',
        options: { format: 'csv', from: '2026-09-01', to: '2027-07-31', topics: null, coarsening: 'week' },
        finishedAt: new Date(),
        filesDeletedAt: new Date(),
        rows: { create: { attemptId: attemptOfA.id, durationMs: 1000 } },
      },
    });
  }, 120_000);

  it('when a pupil downloads their data, then it holds their attempts, messages, login attempts, class and objection, as a file', async () => {
    const res = await world.a.api.get('/me/data');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="meine-daten.json"');
    const data = res.body;
    expect(data.profile).toEqual({
      userId: world.a.pupilId,
      username: world.a.username,
      roles: ['pupil'],
      school: { name: 'Testschule' },
    });
    expect(data.classes).toEqual([{ name: '4a', grade: 4, schoolYear: '2026/27', as: 'pupil', isInBin: false }]);
    expect(data.attempts).toHaveLength(1);
    expect(data.attempts[0]).toMatchObject({
      topic: 'add-subtract',
      templateId: 'as-add-2digit',
      question: expect.any(String),
      submittedAt: expect.any(String),
      durationMs: expect.any(Number),
    });
    expect(typeof data.attempts[0].isCorrect).toBe('boolean');
    expect(data.assignments).toEqual([expect.objectContaining({ className: '4a', isCreatedByYou: false })]);
    expect(data.messages).toEqual([expect.objectContaining({ kind: 'login_blocked', country: 'FR' })]);
    const { platform } = env.server.dbs;
    const loginAttempts = await platform.loginAttempt.count({ where: { userId: world.a.pupilId } });
    expect(loginAttempts).toBeGreaterThan(0);
    expect(data.loginAttempts).toHaveLength(loginAttempts);
    expect(data.loginAttempts[0]).toEqual(
      expect.objectContaining({ isAllowed: true, ipTruncated: expect.any(String) }),
    );
    expect(data.loginCountries.own).toBeNull();
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.research.objection).toEqual({ recordedAt: expect.any(String) });
    expect(data.research.schoolStudies).toEqual([expect.objectContaining({ name: world.studyName, isEnded: false })]);
    expect(data.research.exportsWithYourData).toEqual([
      { study: world.studyName, exportedAt: expect.any(String), attempts: 1 },
    ]);
  });

  it('when a pupil downloads their data, then nothing of their classmate or of the staff is in it', async () => {
    const text = JSON.stringify((await world.a.api.get('/me/data')).body);
    expect(text).not.toContain(world.b.pupilId);
    expect(text).not.toContain(world.b.username);
    expect(text).not.toContain('"country":"BR"');
    expect(world.answerOfB).toBeTruthy();
    expect(text).not.toContain(`"answer":"${world.answerOfB}"`);
    // Who recorded the objection, gave the assignment or decided on the study: not the pupil's data.
    expect(text).not.toContain(world.teacher.user.id);
    expect(text).not.toContain(world.teacher.user.username);
    const ofB = (await world.b.api.get('/me/data')).body;
    expect(ofB.attempts.map((a: { answer: string }) => a.answer)).toEqual([world.answerOfB]);
    expect(ofB.research.objection).toBeNull();
    expect(ofB.research.exportsWithYourData).toEqual([]);
    expect(JSON.stringify(ofB)).not.toContain(world.a.pupilId);
  });

  it('when a teacher downloads their data, then it holds the class they teach and the assignment they gave, no pupil', async () => {
    const res = await world.teacher.get('/me/data');
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ userId: world.teacher.user.id, roles: ['teacher'] });
    expect(res.body.classes).toEqual([expect.objectContaining({ name: '4a', as: 'teacher' })]);
    expect(res.body.assignments).toEqual([expect.objectContaining({ className: '4a', isCreatedByYou: true })]);
    expect(res.body.attempts).toEqual([]);
    expect(res.body.research.objection).toBeNull();
    const text = JSON.stringify(res.body);
    for (const pupil of [world.a, world.b]) {
      expect(text).not.toContain(pupil.pupilId);
      expect(text).not.toContain(pupil.username);
    }
  });

  it("when a school admin downloads a pupil's data, then they get that pupil's export and the act is audited", async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const res = await admin.get(`/school/pupils/${world.a.pupilId}/data`);
    expect(res.status).toBe(200);
    expect(res.body.profile).toMatchObject({ userId: world.a.pupilId, username: world.a.username, roles: ['pupil'] });
    expect(res.body.attempts).toHaveLength(1);
    expect(res.body.messages).toEqual([expect.objectContaining({ country: 'FR' })]);
    expect(JSON.stringify(res.body)).not.toContain(world.b.pupilId);
    expect(JSON.stringify(res.body)).not.toContain(admin.user.id);
    const audited = await env.server.dbs.platform.auditEvent.findMany({
      where: { action: 'pupil.data_exported', targetId: world.a.pupilId },
    });
    expect(audited).toEqual([expect.objectContaining({ actorId: admin.user.id, schoolId: env.school.id })]);
    expect((await admin.get(`/school/pupils/${randomUUID()}/data`)).status).toBe(404);
  });

  it("when an admin of another school asks for the pupil's data, then the answer is 404 and nothing is audited", async () => {
    const otherSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    const otherAdmin = await signIn(env.server.baseUrl, ['school-admin'], otherSchool);
    const res = await otherAdmin.get(`/school/pupils/${world.a.pupilId}/data`);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain(world.a.username);
    expect(
      await env.server.dbs.platform.auditEvent.count({
        where: { action: 'pupil.data_exported', actorId: otherAdmin.user.id },
      }),
    ).toBe(0);
  });

  it('when a pupil or a teacher calls the school admin endpoint, then the answer is 403', async () => {
    expect((await world.a.api.get(`/school/pupils/${world.b.pupilId}/data`)).status).toBe(403);
    expect((await world.teacher.get(`/school/pupils/${world.a.pupilId}/data`)).status).toBe(403);
  });

  it('when the database is asked for every column holding a user id, then each is exported by its domain or left out with a reason', async () => {
    const columns = await env.server.dbs.platform.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE '\\_prisma%'`;
    const userColumns = columns
      .filter((c) => USER_COLUMN.test(c.column_name))
      .map((c) => `${c.table_name}.${c.column_name}`);
    expect(userColumns.length).toBeGreaterThan(12);
    const exported = new Set(USER_DATA.flatMap((domain) => domain.columns));
    const uncovered = userColumns.filter((column) => !exported.has(column) && !(column in USER_COLUMNS_NOT_EXPORTED));
    expect(uncovered).toEqual([]);
    // Declarations name real columns (a renamed column fails here, not silently).
    for (const column of [...exported, ...Object.keys(USER_COLUMNS_NOT_EXPORTED)])
      expect(userColumns).toContain(column);
  });
});
