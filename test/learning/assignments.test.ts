import { Browser } from '../support/browser';
import { createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiJson, serverWithSchool, signedInWithTotp } from '../support/suites';

describe('assignments', () => {
  const env = serverWithSchool();
  const json = (browser: Browser, method: string, path: string, body?: unknown) =>
    apiJson(browser, env.server.baseUrl, method, path, body);

  it('when a teacher assigns a topic to a class, then its pupils see it with their progress and work it as an assignment', async () => {
    const { browser: teacher } = await signedInWithTotp(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await json(teacher, 'POST', '/classes', { name: '6a', grade: 6, schoolYear: '2026/27' })).body;
    const [pupil] = (await json(teacher, 'POST', `/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const assigned = await json(teacher, 'POST', `/classes/${schoolClass.id}/assignments`, {
      topic: 'percentages',
      dueAt,
    });
    expect(assigned.status).toBe(201);
    expect(
      (
        await json(teacher, 'POST', `/classes/${schoolClass.id}/assignments`, {
          topic: 'percentages',
          dueAt: '2020-01-01T08:00:00Z',
        })
      ).status,
    ).toBe(400);
    expect((await json(teacher, 'POST', `/classes/${schoolClass.id}/assignments`, {})).status).toBe(400);

    const pupilBrowser = new Browser();
    expect(
      (
        await loginThroughApp(pupilBrowser, env.server.baseUrl, {
          username: pupil.username,
          password: pupil.oneTimePassword,
          newPassword: 'Prozente-sind-leicht-3',
        })
      ).isLoggedIn,
    ).toBe(true);
    const before = (await json(pupilBrowser, 'GET', '/me/assignments')).body.assignments;
    expect(before).toEqual([
      expect.objectContaining({
        id: assigned.body.id,
        topic: 'percentages',
        className: '6a',
        attempts: 0,
        correct: 0,
        dueAt,
      }),
    ]);

    const attempt = (await json(pupilBrowser, 'POST', '/attempts', { assignmentId: assigned.body.id })).body;
    expect(attempt).toMatchObject({ assignmentId: assigned.body.id, topic: 'percentages' });
    await json(pupilBrowser, 'POST', `/attempts/${attempt.attemptId}/submit`, { answer: '-1' });
    expect((await json(pupilBrowser, 'GET', '/me/assignments')).body.assignments[0]).toMatchObject({
      attempts: 1,
      correct: 0,
    });

    const stranger = await createUser({ roles: ['pupil'], school: env.school });
    const strangerBrowser = new Browser();
    await loginThroughApp(strangerBrowser, env.server.baseUrl, stranger);
    expect((await json(strangerBrowser, 'GET', '/me/assignments')).body.assignments).toEqual([]);
    expect((await json(strangerBrowser, 'POST', '/attempts', { assignmentId: assigned.body.id })).status).toBe(404);
  });
});
