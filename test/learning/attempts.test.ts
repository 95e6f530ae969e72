import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { serverWithSchool } from '../support/suites';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';

describe('working tasks: attempts with server durations and results', () => {
  const env = serverWithSchool();

  const pupilBrowser = async (school = env.school) => {
    const pupil = await createUser({ roles: ['pupil'], school });
    const browser = new Browser();
    expect((await loginThroughApp(browser, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    return { pupil, browser };
  };
  const post = (browser: Browser, path: string, body: unknown) =>
    browser.request('POST', `${env.server.baseUrl}/api${path}`, {
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const solutionOf = async (attemptId: string) => {
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    return canonicalAnswer(generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed).answer);
  };

  it('when a pupil fetches a task and answers it right, then the attempt is closed with the server’s duration and "correct"', async () => {
    const { pupil, browser } = await pupilBrowser();
    const started = await post(browser, '/attempts', { topic: 'fractions-add' });
    expect(started.status).toBe(201);
    const attempt = JSON.parse(started.body);
    expect(attempt.task.prompt).toMatch(/\+/);
    expect(JSON.stringify(attempt)).not.toMatch(/"(answer|solution|value|correct)"/);

    const submitted = await post(browser, `/attempts/${attempt.attemptId}/submit`, {
      answer: await solutionOf(attempt.attemptId),
      activeMs: 3_600_000,
    });
    expect(submitted.status).toBe(200);
    const body = JSON.parse(submitted.body);
    expect(body.result).toBe('correct');
    expect(body.durationMs).toBeGreaterThanOrEqual(0);
    expect(body.activeMs).toBeLessThanOrEqual(body.durationMs); // clamped to the server's duration
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    expect(row.pupilId).toBe(pupil.id);
    expect(row.submittedAt!.getTime() - row.startedAt.getTime()).toBe(row.durationMs);
  });

  it('when a pupil answers wrong, or types something unreadable, then the attempt says so and shows how the answer was read', async () => {
    const { browser } = await pupilBrowser();
    const first = JSON.parse((await post(browser, '/attempts', { templateId: 'md-times-table' })).body);
    const wrong = JSON.parse((await post(browser, `/attempts/${first.attemptId}/submit`, { answer: '1.001' })).body);
    expect(wrong).toMatchObject({ result: 'wrong', readAs: '1001' });
    const second = JSON.parse((await post(browser, '/attempts', { templateId: 'md-times-table' })).body);
    const unreadable = JSON.parse(
      (await post(browser, `/attempts/${second.attemptId}/submit`, { answer: 'Max Mustermann' })).body,
    );
    expect(unreadable).toMatchObject({ result: 'unreadable', readAs: null });
    const stored = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: second.attemptId } });
    expect(stored.normalizedAnswer).toBeNull(); // the typed text is never stored
  });

  it('when the same answer is submitted twice (a retry after a network drop), then the first result comes back and nothing is written again', async () => {
    const { browser } = await pupilBrowser();
    const attempt = JSON.parse((await post(browser, '/attempts', { templateId: 'as-add-2digit' })).body);
    const first = JSON.parse(
      (await post(browser, `/attempts/${attempt.attemptId}/submit`, { answer: await solutionOf(attempt.attemptId) }))
        .body,
    );
    const before = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    const again = JSON.parse(
      (await post(browser, `/attempts/${attempt.attemptId}/submit`, { answer: 'something else' })).body,
    );
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
    const { browser } = await pupilBrowser();
    const attempt = JSON.parse((await post(browser, '/attempts', { templateId: 'as-add-2digit' })).body);
    const right = await solutionOf(attempt.attemptId);
    const answers = [right, 'wrong', right, 'wrong', right, 'wrong'];
    const replies = (
      await Promise.all(answers.map((answer) => post(browser, `/attempts/${attempt.attemptId}/submit`, { answer })))
    ).map((r) => JSON.parse(r.body));
    expect(replies.filter((reply) => reply.isRepeat === false)).toHaveLength(1);
    const stored = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attempt.attemptId } });
    for (const reply of replies) expect(reply).toMatchObject({ result: stored.result, durationMs: stored.durationMs });
  });

  it("when a pupil submits another pupil's attempt, or one of another school, then it is not found", async () => {
    const owner = await pupilBrowser();
    const attempt = JSON.parse((await post(owner.browser, '/attempts', {})).body);
    const other = await pupilBrowser();
    expect((await post(other.browser, `/attempts/${attempt.attemptId}/submit`, { answer: '1' })).status).toBe(404);
    const elsewhere = await pupilBrowser(await createSchoolWithOrganization(env.server.dbs.platform));
    expect((await post(elsewhere.browser, `/attempts/${attempt.attemptId}/submit`, { answer: '1' })).status).toBe(404);
  });

  it('when an attempt has expired, then a submit is refused with a clear message', async () => {
    const { browser } = await pupilBrowser();
    const attempt = JSON.parse((await post(browser, '/attempts', {})).body);
    await env.server.dbs.platform.attempt.update({
      where: { id: attempt.attemptId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const res = await post(browser, `/attempts/${attempt.attemptId}/submit`, { answer: '1' });
    expect(res.status).toBe(409);
    expect(JSON.parse(res.body).error.message).toMatch(/expired/);
  });

  it('when bodies are malformed, of the wrong type or too large, then the API answers 400 or 413 with a message', async () => {
    const { browser } = await pupilBrowser();
    const attempt = JSON.parse((await post(browser, '/attempts', {})).body);
    expect((await post(browser, '/attempts', { topic: 'astrology' })).status).toBe(400);
    const wrongType = await post(browser, `/attempts/${attempt.attemptId}/submit`, { answer: 42 });
    expect(wrongType.status).toBe(400);
    expect(JSON.parse(wrongType.body).error.message).toMatch(/answer/);
    expect((await post(browser, `/attempts/${attempt.attemptId}/submit`, '{"answer":')).status).toBe(400);
    expect((await post(browser, `/attempts/${attempt.attemptId}/submit`, { answer: 'x'.repeat(201) })).status).toBe(
      400,
    );
    expect((await post(browser, `/attempts/${attempt.attemptId}/submit`, { answer: 'x'.repeat(200_000) })).status).toBe(
      413,
    );
    expect((await post(browser, '/attempts/not-a-uuid/submit', { answer: '1' })).status).toBe(400);
  });

  it('when a teacher tries to work a task as a pupil, then it is forbidden, while the topics are open to both', async () => {
    const secret = randomBytes(20).toString('hex');
    const teacher = await createUser({ roles: ['teacher'], school: env.school, otpSecret: secret });
    const browser = new Browser();
    expect(
      (await loginThroughApp(browser, env.server.baseUrl, { ...teacher, otpKey: Buffer.from(secret) })).isLoggedIn,
    ).toBe(true);
    expect((await post(browser, '/attempts', {})).status).toBe(403);
    const topics = JSON.parse((await browser.get(`${env.server.baseUrl}/api/topics`)).body).topics;
    expect(topics.length).toBeGreaterThanOrEqual(8);
  });
});
