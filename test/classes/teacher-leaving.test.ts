// A teacher deletes their own account: each class they alone teach goes to a colleague or into the
// restore bin, classes with co-teachers stay with them, and the account waits in the bin.
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { serverWithSchool, signIn, type SignedInApi } from '../support/suites';

jest.setTimeout(90_000);

describe('a teacher deleting their own account', () => {
  const env = serverWithSchool();

  async function classOf(teacher: SignedInApi, name: string, pupils = 0) {
    const created = (await teacher.post('/classes', { name, grade: 5, schoolYear: '2026/27' })).body;
    const added = pupils ? (await teacher.post(`/classes/${created.id}/pupils`, { count: pupils })).body.pupils : [];
    return {
      id: created.id as string,
      pupils: added as { pupilId: string; username: string; oneTimePassword: string }[],
    };
  }
  const classIdsOf = async (api: SignedInApi) =>
    ((await api.get('/classes')).body.classes as { id: string }[]).map((c) => c.id);

  it('when a teacher hands one class to a colleague and bins another, then the colleague has it, the other waits in the bin, and the teacher cannot log in', async () => {
    const leaving = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const colleague = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const coTeacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const handed = await classOf(leaving, '5a');
    const binned = await classOf(leaving, '5b', 1);
    const shared = await classOf(leaving, '5c');
    expect((await leaving.post(`/classes/${shared.id}/teachers`, { teacherId: coTeacher.user.id })).status).toBe(204);

    const plan = await leaving.get('/me/account-deletion');
    expect(plan.status).toBe(200);
    expect(plan.body.classes.find((c: { id: string }) => c.id === shared.id).coTeachers).toEqual([
      { id: coTeacher.user.id, username: coTeacher.user.username },
    ]);
    expect(plan.body.teachers).toContainEqual({ id: colleague.user.id, username: colleague.user.username });
    expect(plan.body.teachers).not.toContainEqual(expect.objectContaining({ id: leaving.user.id }));

    const deleted = await leaving.post('/me/account-deletion', {
      handovers: [
        { classId: handed.id, to: colleague.user.id },
        { classId: binned.id, to: 'bin' },
      ],
    });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ classesHandedOver: 1, classesInBin: 1 });

    expect((await leaving.get('/me')).status).toBe(401);
    expect((await keycloakAdmin.getUser(leaving.user.id))!.enabled).toBe(false);
    expect(await classIdsOf(colleague)).toContain(handed.id);
    expect(await classIdsOf(coTeacher)).toContain(shared.id);
    expect(await classIdsOf(admin)).not.toContain(binned.id);
    expect((await keycloakAdmin.getUser(binned.pupils[0]!.pupilId))!.enabled).toBe(false);
    const bin = (await admin.get('/bin')).body;
    expect(bin.accounts).toContainEqual(
      expect.objectContaining({ id: leaving.user.id, kind: 'teacher', reason: 'deleted' }),
    );
    expect(bin.classes).toContainEqual(expect.objectContaining({ id: binned.id, pupils: 1 }));
    const audit = await env.server.dbs.platform.auditEvent.findMany({
      where: { actorId: leaving.user.id, action: { in: ['class.handed_over', 'class.deleted', 'staff.left'] } },
    });
    expect(audit.map((row) => row.action).sort()).toEqual(['class.deleted', 'class.handed_over', 'staff.left']);

    const again = await loginThroughApp(new Browser(), env.server.baseUrl, leaving.user);
    expect(again.isLoggedIn).toBe(false);
    // A school admin can still bring the account back.
    expect((await admin.post(`/bin/accounts/${leaving.user.id}/restore`)).status).toBe(200);
    expect((await keycloakAdmin.getUser(leaving.user.id))!.enabled).toBe(true);
  });

  it('when a class nobody else teaches gets no decision, then 400 names it and nothing changes', async () => {
    const leaving = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const open = await classOf(leaving, '6a Ohne Entscheidung');
    const refused = await leaving.post('/me/account-deletion', { handovers: [] });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain('6a Ohne Entscheidung');
    expect((await leaving.get('/me')).status).toBe(200);
    expect(await classIdsOf(leaving)).toContain(open.id);
    expect((await keycloakAdmin.getUser(leaving.user.id))!.enabled).toBe(true);
  });

  it('when a decision is not allowed, then it is refused with a reason and nothing changes', async () => {
    const leaving = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const coTeacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const shared = await classOf(leaving, '7a');
    await leaving.post(`/classes/${shared.id}/teachers`, { teacherId: coTeacher.user.id });
    const own = await classOf(leaving, '7b');
    const elsewhere = await signIn(
      env.server.baseUrl,
      ['teacher'],
      await createSchoolWithOrganization(env.server.dbs.platform),
    );
    const notHers = await classOf(coTeacher, '7c');

    const binShared = await leaving.post('/me/account-deletion', {
      handovers: [
        { classId: shared.id, to: 'bin' },
        { classId: own.id, to: 'bin' },
      ],
    });
    expect(binShared.status).toBe(409);
    expect(binShared.body.error.code).toBe('class_has_co_teachers');
    const toStranger = await leaving.post('/me/account-deletion', {
      handovers: [{ classId: own.id, to: elsewhere.user.id }],
    });
    expect(toStranger.status).toBe(400);
    const foreignClass = await leaving.post('/me/account-deletion', {
      handovers: [
        { classId: own.id, to: 'bin' },
        { classId: notHers.id, to: 'bin' },
      ],
    });
    expect(foreignClass.status).toBe(400);
    const twice = await leaving.post('/me/account-deletion', {
      handovers: [
        { classId: own.id, to: 'bin' },
        { classId: own.id, to: coTeacher.user.id },
      ],
    });
    expect(twice.status).toBe(400);
    expect(await classIdsOf(leaving)).toEqual(expect.arrayContaining([shared.id, own.id]));
    expect(await classIdsOf(coTeacher)).toContain(notHers.id);
    expect((await leaving.get('/me')).status).toBe(200);
  });

  it('when a school admin or a pupil asks, then it is refused', async () => {
    const admin = await signIn(env.server.baseUrl, ['teacher', 'school-admin'], env.school);
    const asAdmin = await admin.post('/me/account-deletion', { handovers: [] });
    expect(asAdmin.status).toBe(409);
    expect(asAdmin.body.error.code).toBe('school_admin');
    const pupil = await signIn(env.server.baseUrl, ['pupil'], env.school);
    expect((await pupil.post('/me/account-deletion', { handovers: [] })).status).toBe(403);
    expect((await pupil.get('/me/account-deletion')).status).toBe(403);
  });
});
