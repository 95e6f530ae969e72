import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';
import { Browser } from '../support/browser';
import { createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';

describe('a teacher sees where the class stands', () => {
  const env = serverWithSchool();
  const signInTeacher = () => signIn(env.server.baseUrl, ['teacher'], env.school);

  it('when pupils of a class have worked tasks, then the teacher sees per topic the attempts, the share correct and the median time, and each pupil’s history', async () => {
    const teacher = await signInTeacher();
    const schoolClass = (await teacher.post('/classes', { name: '4a', grade: 4, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    const pupilBrowser = new Browser();
    expect(
      (
        await loginThroughApp(pupilBrowser, env.server.baseUrl, {
          username: pupil.username,
          password: pupil.oneTimePassword,
          newPassword: 'Rechnen-macht-Spass-1',
        })
      ).isLoggedIn,
    ).toBe(true);
    const pupilApi = apiFor(pupilBrowser, env.server.baseUrl);

    for (const isRight of [true, false]) {
      const attempt = (await pupilApi.post('/attempts', { templateId: 'md-times-table' })).body;
      const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
      const solution = canonicalAnswer(
        generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed).answer,
      );
      expect(
        (
          await pupilApi.post(`/attempts/${attempt.attemptId}/submit`, {
            answer: isRight ? solution : '100000',
          })
        ).status,
      ).toBe(200);
    }

    const progress = await teacher.get(`/classes/${schoolClass.id}/progress`);
    expect(progress.body.topics).toEqual([
      { topic: 'multiply-divide', attempts: 2, pupils: 1, shareCorrect: 0.5, medianDurationMs: expect.any(Number) },
    ]);
    const history = await teacher.get(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}/attempts`);
    expect(history.body.attempts.map((a: { result: string }) => a.result).sort()).toEqual(['correct', 'wrong']);

    const colleague = await signInTeacher();
    expect((await colleague.get(`/classes/${schoolClass.id}/progress`)).status).toBe(403);
    const outsider = await createUser({ roles: ['pupil'], school: env.school });
    expect((await teacher.get(`/classes/${schoolClass.id}/pupils/${outsider.id}/attempts`)).status).toBe(404);
  });
});
