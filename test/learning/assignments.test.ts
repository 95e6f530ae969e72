import { Browser } from '../support/browser';
import { createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';

describe('assignments', () => {
  const env = serverWithSchool();

  it('when a teacher assigns a topic to a class, then its pupils see it with their progress and work it as an assignment', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '6a', grade: 6, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    const dueAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const assigned = await teacher.post(`/classes/${schoolClass.id}/assignments`, {
      topic: 'percentages',
      dueAt,
    });
    expect(assigned.status).toBe(201);
    expect(
      (
        await teacher.post(`/classes/${schoolClass.id}/assignments`, {
          topic: 'percentages',
          dueAt: '2020-01-01T08:00:00Z',
        })
      ).status,
    ).toBe(400);
    expect((await teacher.post(`/classes/${schoolClass.id}/assignments`, {})).status).toBe(400);

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
    const pupilApi = apiFor(pupilBrowser, env.server.baseUrl);
    const before = (await pupilApi.get('/me/assignments')).body.assignments;
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

    const attempt = (await pupilApi.post('/attempts', { assignmentId: assigned.body.id })).body;
    expect(attempt).toMatchObject({ assignmentId: assigned.body.id, topic: 'percentages' });
    await pupilApi.post(`/attempts/${attempt.attemptId}/submit`, { answer: '-1' });
    expect((await pupilApi.get('/me/assignments')).body.assignments[0]).toMatchObject({
      attempts: 1,
      correct: 0,
    });

    const stranger = await createUser({ roles: ['pupil'], school: env.school });
    const strangerBrowser = new Browser();
    await loginThroughApp(strangerBrowser, env.server.baseUrl, stranger);
    const strangerApi = apiFor(strangerBrowser, env.server.baseUrl);
    expect((await strangerApi.get('/me/assignments')).body.assignments).toEqual([]);
    expect((await strangerApi.post('/attempts', { assignmentId: assigned.body.id })).status).toBe(404);
  });
});
