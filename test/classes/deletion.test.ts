import { PUPIL_DATA } from '../../app/classes';
import { Browser } from '../support/browser';
import { keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';

describe('deleting a class', () => {
  const env = serverWithSchool();

  it("when a teacher deletes a class and then empties it from the bin, then its pupils' accounts are gone from Keycloak, their data from the database, and the class from the lists", async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '3c', grade: 3, schoolYear: '2026/27' })).body;
    const pupils = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 2 })).body.pupils;

    const pupilBrowser = new Browser();
    const [first] = pupils;
    expect(
      (
        await loginThroughApp(pupilBrowser, env.server.baseUrl, {
          username: first.username,
          password: first.oneTimePassword,
          newPassword: 'Zahlen-sind-toll-9',
        })
      ).isLoggedIn,
    ).toBe(true);
    const pupilApi = apiFor(pupilBrowser, env.server.baseUrl);
    const attempt = (await pupilApi.post('/attempts', {})).body;
    await pupilApi.post(`/attempts/${attempt.attemptId}/submit`, { answer: '1' });

    const deleted = await teacher.delete(`/classes/${schoolClass.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body.pupils).toBe(2);
    expect((await pupilApi.get('/me')).status).toBe(401);
    const purged = await teacher.delete(`/bin/classes/${schoolClass.id}`);
    expect(purged.body).toEqual({ id: schoolClass.id, pupils: 2 });

    for (const pupil of pupils) expect(await keycloakAdmin.getUser(pupil.pupilId)).toBeUndefined();
    const { platform } = env.server.dbs;
    expect(
      await platform.attempt.count({ where: { pupilId: { in: pupils.map((p: { pupilId: string }) => p.pupilId) } } }),
    ).toBe(0);
    expect(await platform.schoolClass.count({ where: { id: schoolClass.id } })).toBe(0);
    expect(await platform.appSession.count({ where: { userId: first.pupilId } })).toBe(0);
    // Every table a domain declared as holding pupils' data has none of theirs left.
    const pupilIds = pupils.map((p: { pupilId: string }) => p.pupilId);
    for (const { table, column } of PUPIL_DATA) {
      const [row] = await platform.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM ${table} WHERE ${column}::text = ANY($1::text[])`,
        pupilIds,
      );
      expect({ table, rows: row!.n }).toEqual({ table, rows: 0 });
    }
    expect((await pupilApi.get('/me')).status).toBe(401);
    expect(
      (
        await loginThroughApp(new Browser(), env.server.baseUrl, {
          username: first.username,
          password: 'Zahlen-sind-toll-9',
        })
      ).isLoggedIn,
    ).toBe(false);
    expect((await teacher.get('/classes')).body.classes).toEqual([]);
    const audit = await platform.auditEvent.findMany({ where: { targetId: schoolClass.id, action: 'class.deleted' } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain(first.username);
    expect((await teacher.delete(`/classes/${schoolClass.id}`)).status).toBe(404);
  });

  it('when two requests delete the same class at the same moment, then one deletes it and the other is told it is gone, and nothing fails', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '4d', grade: 4, schoolYear: '2026/27' })).body;
    await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 2 });
    const answers = await Promise.all([1, 2, 3].map(() => teacher.delete(`/classes/${schoolClass.id}`)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 404, 404]);
    const audit = await env.server.dbs.platform.auditEvent.findMany({
      where: { targetId: schoolClass.id, action: 'class.deleted' },
    });
    expect(audit).toHaveLength(1);
  });
});
