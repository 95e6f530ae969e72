import { Browser } from '../support/browser';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';

describe('working tasks: attempts with server durations and results', () => {
  const env = serverWithSchool();

  const signedInPupil = async (school = env.school) => {
    const pupil = await createUser({ roles: ['pupil'], school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    return { pupil, api: apiFor(browser, env.server.baseUrl) };
  };
  const solutionOf = async (attemptId: string) => {
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    return canonicalAnswer(generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed).answer);
  };

  it('when a pupil fetches a task and answers it right, then the attempt is closed with the server’s duration and "correct"', async () => {
    const { pupil, api } = await signedInPupil();
    const started = await api.post('/attempts', { topic: 'fractions-add' });
    expect(started.status).toBe(201);
    const attempt = started.body;
    expect(attempt.task.prompt).toMatch(/[+−]/);
    expect(JSON.stringify(attempt)).not.toMatch(/"(answer|solution|value|correct)"/);

    const submitted = await api.post(`/attempts/${attempt.attemptId}/submit`, {
      answer: await solutionOf(attempt.attemptId),
      activeMs: 3_600_000,
    });
    expect(submitted.status).toBe(200);
    const body = submitted.body;
    expect(body.result).toBe('correct');
    expect(body.durationMs).toBeGreaterThanOrEqual(0);
    expect(body.activeMs).toBeLessThanOrEqual(body.durationMs); // clamped to the server's duration
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    expect(row.pupilId).toBe(pupil.id);
    expect(row.submittedAt!.getTime() - row.startedAt.getTime()).toBe(row.durationMs);
  });

  it('when the page sends no active time with an answer, then none is stored or shown, while the duration is', async () => {
    const { api } = await signedInPupil();
    const started = await api.post('/attempts', { topic: 'add-subtract' });
    const submitted = await api.post(`/attempts/${started.body.attemptId}/submit`, {
      answer: await solutionOf(started.body.attemptId),
    });
    expect(submitted.status).toBe(200);
    expect(submitted.body.activeMs).toBeNull();
    expect(submitted.body.durationMs).toBeGreaterThanOrEqual(0);
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: started.body.attemptId } });
    expect(row.activeMs).toBeNull();
    expect(row.durationMs).not.toBeNull();
  });

  it('when a pupil answers wrong, or types something unreadable, then the attempt says so and shows how the answer was read', async () => {
    const { api } = await signedInPupil();
    const first = (await api.post('/attempts', { templateId: 'md-times-table' })).body;
    const wrong = (await api.post(`/attempts/${first.attemptId}/submit`, { answer: '1.001' })).body;
    expect(wrong).toMatchObject({ result: 'wrong', readAs: '1001' });
    const second = (await api.post('/attempts', { templateId: 'md-times-table' })).body;
    const unreadable = (await api.post(`/attempts/${second.attemptId}/submit`, { answer: 'Max Mustermann' })).body;
    expect(unreadable).toMatchObject({ result: 'unreadable', readAs: null });
    const stored = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: second.attemptId } });
    expect(stored.normalizedAnswer).toBeNull(); // the typed text is never stored
  });

  it('when a pupil answers in another unit than the task asks for, then the result says which unit was typed and which is asked, on a retry too', async () => {
    const { api } = await signedInPupil();
    const attempt = (await api.post('/attempts', { templateId: 'un-cm-to-m' })).body;
    expect(attempt.task.unit).toBe('m');
    const submit = () => api.post(`/attempts/${attempt.attemptId}/submit`, { answer: '544 cm' });
    const first = (await submit()).body;
    expect(first).toMatchObject({ result: 'wrong', readAs: '544 cm', unitHint: { typed: 'cm', asked: 'm' } });
    expect((await submit()).body).toMatchObject({ isRepeat: true, unitHint: { typed: 'cm', asked: 'm' } });
    const plain = (await api.post('/attempts', { templateId: 'md-times-table' })).body;
    expect((await api.post(`/attempts/${plain.attemptId}/submit`, { answer: '1' })).body.unitHint).toBeNull();
  });

  it('when a pupil types something unreadable, then the attempt stays open, no solution is shown, and the next readable answer is the one recorded', async () => {
    const { api } = await signedInPupil();
    const attempt = (await api.post('/attempts', { templateId: 'md-times-table' })).body;
    const first = await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: 'sieben' });
    expect(first.body).toMatchObject({ result: 'unreadable', solution: null, durationMs: null, isRepeat: false });
    const second = await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: '??' });
    expect(second.body.result).toBe('unreadable');
    const solution = await solutionOf(attempt.attemptId);
    const third = await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: solution });
    expect(third.body).toMatchObject({ result: 'correct', solution, isRepeat: false });
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    expect({ result: row.result, unreadableTries: row.unreadableTries }).toEqual({
      result: 'correct',
      unreadableTries: 2,
    });
    const again = await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: 'sieben' });
    expect(again.body).toMatchObject({ result: 'correct', isRepeat: true });
  });

  it('when the same answer is submitted twice (a retry after a network drop), then the first result comes back and nothing is written again', async () => {
    const { api } = await signedInPupil();
    const attempt = (await api.post('/attempts', { templateId: 'as-add-2digit' })).body;
    const first = (
      await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: await solutionOf(attempt.attemptId) })
    ).body;
    const before = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    const again = (await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: 'something else' })).body;
    expect(again).toMatchObject({
      result: first.result,
      readAs: first.readAs,
      durationMs: first.durationMs,
      isRepeat: true,
    });
    expect(await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } })).toEqual(
      before,
    );
    expect(await env.server.dbs.platform.attempt.count({ where: { id: attempt.attemptId } })).toBe(1);
  });

  it('when different answers to one attempt arrive at the same time, then exactly one is graded and all see its result', async () => {
    const { api } = await signedInPupil();
    const attempt = (await api.post('/attempts', { templateId: 'as-add-2digit' })).body;
    const right = await solutionOf(attempt.attemptId);
    const answers = [right, 'wrong', right, 'wrong', right, 'wrong'];
    const replies = (
      await Promise.all(answers.map((answer) => api.post(`/attempts/${attempt.attemptId}/submit`, { answer })))
    ).map((r) => r.body);
    expect(replies.filter((reply) => reply.isRepeat === false)).toHaveLength(1);
    const stored = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    for (const reply of replies) expect(reply).toMatchObject({ result: stored.result, durationMs: stored.durationMs });
  });

  it("when a pupil submits another pupil's attempt, or one of another school, then it is not found", async () => {
    const owner = await signedInPupil();
    const attempt = (await owner.api.post('/attempts', {})).body;
    const other = await signedInPupil();
    expect((await other.api.post(`/attempts/${attempt.attemptId}/submit`, { answer: '1' })).status).toBe(404);
    const elsewhere = await signedInPupil(await createSchoolWithOrganization(env.server.dbs.platform));
    expect((await elsewhere.api.post(`/attempts/${attempt.attemptId}/submit`, { answer: '1' })).status).toBe(404);
  });

  it('when an attempt has expired, then a submit is refused with a clear message', async () => {
    const { api } = await signedInPupil();
    const attempt = (await api.post('/attempts', {})).body;
    await env.server.dbs.platform.attempt.update({
      where: { id: attempt.attemptId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await api.post(`/attempts/${attempt.attemptId}/submit`, { answer: '1' });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/expired/);
  });

  it('when bodies are malformed, of the wrong type or too large, then the API answers 400 or 413 with a message', async () => {
    const { api } = await signedInPupil();
    const attempt = (await api.post('/attempts', {})).body;
    const submit = `/attempts/${attempt.attemptId}/submit`;
    expect((await api.post('/attempts', { topic: 'astrology' })).status).toBe(400);
    const wrongType = await api.post(submit, { answer: 42 });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.message).toMatch(/answer/);
    expect((await api.post(submit, undefined, { rawBody: '{"answer":' })).status).toBe(400);
    expect((await api.post(submit, { answer: 'x'.repeat(201) })).status).toBe(400);
    expect((await api.post(submit, { answer: 'x'.repeat(200_000) })).status).toBe(413);
    expect((await api.post('/attempts/not-a-uuid/submit', { answer: '1' })).status).toBe(400);
  });

  it('when a teacher tries to work a task as a pupil, then it is forbidden, while the topics are open to both', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await teacher.post('/attempts', {})).status).toBe(403);
    const topics = (await teacher.get('/topics')).body.topics;
    expect(topics.length).toBeGreaterThanOrEqual(8);
  });
});
