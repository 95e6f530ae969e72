// GET /api/me/progress: a pupil's own finished tasks and right answers per topic, for the pictures
// on their start page.
import { Browser } from '../support/browser';
import { createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';
import { TOPIC_IDS } from '../../app/learning/topics';

describe('a pupil’s own progress per topic', () => {
  const env = serverWithSchool();

  const signedInPupil = async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    return apiFor(browser, env.server.baseUrl);
  };
  const solutionOf = async (attemptId: string) => {
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    return canonicalAnswer(generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed).answer);
  };
  const work = async (api: Awaited<ReturnType<typeof signedInPupil>>, templateId: string, isRight: boolean) => {
    const { attemptId } = (await api.post('/attempts', { templateId })).body;
    const answer = isRight ? await solutionOf(attemptId) : '-1';
    expect((await api.post(`/attempts/${attemptId}/submit`, { answer })).body.result).toBe(
      isRight ? 'correct' : 'wrong',
    );
  };

  it('when a pupil has not worked any task, then every topic is listed with 0 tasks', async () => {
    const api = await signedInPupil();
    const answer = await api.get('/me/progress');
    expect(answer.status).toBe(200);
    expect(answer.body.topics).toEqual(TOPIC_IDS.map((topic) => ({ topic, attempts: 0, correct: 0 })));
  });

  it('when a pupil finishes tasks in two topics, then each topic counts their finished tasks and right ones, and nobody else’s', async () => {
    const api = await signedInPupil();
    await work(api, 'as-add-2digit', true);
    await work(api, 'as-sub-3digit', true);
    await work(api, 'as-add-4digit', false);
    await work(api, 'md-times-table', false);
    // Neither an attempt still open nor one kept open after an unreadable answer counts.
    await api.post('/attempts', { templateId: 'pct-of-amount' });
    const unreadable = (await api.post('/attempts', { templateId: 'pct-share' })).body;
    expect((await api.post(`/attempts/${unreadable.attemptId}/submit`, { answer: 'sieben' })).body.result).toBe(
      'unreadable',
    );
    const classmate = await signedInPupil();
    await work(classmate, 'as-add-2digit', true);

    const topics: { topic: string; attempts: number; correct: number }[] = (await api.get('/me/progress')).body.topics;
    const worked = topics.filter((row) => row.attempts > 0);
    expect(worked).toEqual([
      { topic: 'add-subtract', attempts: 3, correct: 2 },
      { topic: 'multiply-divide', attempts: 1, correct: 0 },
    ]);
    expect(topics.find((row) => row.topic === 'percentages')).toEqual({
      topic: 'percentages',
      attempts: 0,
      correct: 0,
    });
    expect((await classmate.get('/me/progress')).body.topics.find((row: any) => row.topic === 'add-subtract')).toEqual({
      topic: 'add-subtract',
      attempts: 1,
      correct: 1,
    });
  });

  it('when a teacher or nobody asks for a pupil’s progress, then the answer is 403 or 401', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await teacher.get('/me/progress')).status).toBe(403);
    expect((await apiFor(new Browser(), env.server.baseUrl).get('/me/progress')).status).toBe(401);
  });
});
