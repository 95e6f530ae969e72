// Task types (templates) reach the teachers' page through GET /api/topics, so a teacher can assign
// one kind of task of a topic to a class; the class's assignment list names it.
import { Browser } from '../support/browser';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';
import { TEMPLATES } from '../../app/learning/tasks/catalog';
import { TOPIC_IDS } from '../../app/learning/topics';

describe('task types of a topic', () => {
  const env = serverWithSchool();

  it('when anyone signed in lists the topics, then each topic carries every task type of it with a title', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const answer = await teacher.get('/topics');
    expect(answer.status).toBe(200);
    const topics: { id: string; name: string; templates: { id: string; title: string }[] }[] = answer.body.topics;
    expect(topics.map((topic) => topic.id)).toEqual(TOPIC_IDS);
    for (const topic of topics) {
      const ids = [...new Set(TEMPLATES.filter((template) => template.topic === topic.id).map((t) => t.id))];
      expect(topic.templates.map((template) => template.id)).toEqual(ids);
      // Each title names its type: none empty, no two alike within a topic.
      const titles = topic.templates.map((template) => template.title.trim());
      expect(titles.every((title) => title.length > 3)).toBe(true);
      expect(new Set(titles).size).toBe(titles.length);
    }
    expect(topics.find((topic) => topic.id === 'add-subtract')!.templates).toContainEqual({
      id: 'as-add-2digit',
      title: 'Zweistellige Zahlen addieren',
    });
    // The teacher sees which task types draw a picture, and which.
    expect(answer.body.pictures['pi-line-100']).toBe('number-line');
    expect(answer.body.pictures['as-add-2digit']).toBeUndefined();
    // Titles only: nothing of how a task is made or checked.
    expect(answer.text).not.toMatch(/"(generate|answer|difficulty|grade|version)"/);
  });

  it('when a teacher assigns one task type of a topic, then the class lists it with that type and its pupils get only that type', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '5c', grade: 5, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    const assigned = await teacher.post(`/classes/${schoolClass.id}/assignments`, { templateId: 'md-remainder' });
    expect(assigned.status).toBe(201);
    expect(assigned.body).toMatchObject({ topic: 'multiply-divide', templateId: 'md-remainder' });
    expect((await teacher.post(`/classes/${schoolClass.id}/assignments`, { templateId: 'no-such-type' })).status).toBe(
      400,
    );

    const listed = (await teacher.get(`/classes/${schoolClass.id}/assignments`)).body.assignments;
    expect(listed).toEqual([
      expect.objectContaining({ id: assigned.body.id, topic: 'multiply-divide', templateId: 'md-remainder' }),
    ]);

    const browser = new Browser();
    const login = await loginThroughApp(browser, env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: 'Teilen-mit-Rest-42',
    });
    expect(login.isLoggedIn).toBe(true);
    const pupilApi = apiFor(browser, env.server.baseUrl);
    expect((await pupilApi.get('/me/assignments')).body.assignments).toEqual([
      expect.objectContaining({ id: assigned.body.id, topic: 'multiply-divide', templateId: 'md-remainder' }),
    ]);
    for (let i = 0; i < 3; i++) {
      const served = (await pupilApi.post('/attempts', { assignmentId: assigned.body.id })).body;
      expect(served).toMatchObject({ assignmentId: assigned.body.id, templateId: 'md-remainder' });
    }
  });
});
