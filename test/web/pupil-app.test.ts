// A ten-year-old on a shared school tablet, in real Chromium against the real Keycloak: first
// login (new password), the start page, a typed, a choice and an ordering task with their feedback,
// an unreadable answer kept open, and an answer sent while the Wi-Fi is gone that arrives once it
// is back — every page checked with axe-core and photographed at tablet width.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot, TABLET } from '../support/chromium';
import { serverWithSchool, signIn } from '../support/suites';

describe('the pupils’ app in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  let context: BrowserContext;
  let page: Page;
  let loginPageViolations: string[] = [];
  let pupilId = '';
  beforeAll(async () => {
    chromium = await launchChromium();
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '4b', grade: 4, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    pupilId = pupil.pupilId;
    await teacher.post(`/classes/${schoolClass.id}/assignments`, { topic: 'multiply-divide' });
    context = await chromium.newContext(TABLET);
    page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/lernen`);
    await page.waitForSelector('#username');
    loginPageViolations = await axeViolations(page);
    await screenshot(page, 'keycloak-login');
    await logInOnKeycloakPage(page, env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: 'Rechnen-macht-Spass-7',
    });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await chromium?.close();
  });

  const solutionOn = async (current: Page) => {
    const attemptId = await current.locator('form[data-attempt]').getAttribute('data-attempt');
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId! } });
    const task = generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed);
    return { attemptId: attemptId!, task, solution: canonicalAnswer(task.answer) };
  };
  const openTask = async (templateId: string) => {
    await page.goto(`${env.server.baseUrl}/lernen/aufgabe?vorlage=${templateId}`);
    await page.waitForSelector('form[data-attempt]');
  };

  it('when a pupil opens the app, then Keycloak’s login page in our theme passes axe-core', () => {
    expect(loginPageViolations).toEqual([]);
  });

  it('when a pupil logs in for the first time, then they choose a password and land on their start page with the assignment', async () => {
    expect(new URL(page.url()).pathname).toBe('/lernen');
    await page.getByRole('heading', { name: 'Hallo! Schön, dass du da bist.' }).waitFor();
    await page.getByText('Multiplizieren und Dividieren').first().waitFor();
    await expect(page.getByRole('link', { name: 'Los geht’s' }).count()).resolves.toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pupil-start');
  });

  it('when a pupil types something unreadable, then it stays open, and tapping the answer on the keypad gives "Richtig"', async () => {
    await openTask('md-times-table');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pupil-task');
    await page.fill('#answer', 'sieben');
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText('Diese Antwort können wir nicht lesen').waitFor();
    const { solution } = await solutionOn(page);
    await page.fill('#answer', '');
    for (const key of solution)
      await page.getByRole('group', { name: 'Zahlen-Tastatur' }).getByRole('button', { name: key, exact: true }).tap();
    await expect(page.inputValue('#answer')).resolves.toBe(solution);
    await page.getByRole('button', { name: 'Prüfen' }).tap();
    await page.getByText('Richtig! Super gemacht.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pupil-feedback');
  });

  it('when a pupil answers wrong, then the feedback shows the right answer and how theirs was read', async () => {
    await openTask('md-times-table');
    const { solution } = await solutionOn(page);
    const wrong = String(Number(solution) + 1);
    await page.fill('#answer', wrong);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText('Nicht ganz.').waitFor();
    await page.getByText(`Richtig ist: ${solution}`).waitFor();
    await page.getByText(`Wir haben gelesen: ${wrong}`).waitFor();
    await page.getByRole('button', { name: 'Nächste Aufgabe' }).click();
    await page.waitForSelector('#answer:not([readonly])');
  });

  it('when a pupil works a choice task and an ordering task by tapping, then each is graded', async () => {
    await openTask('fc-symbol');
    const choice = await solutionOn(page);
    const options = choice.task.answer.kind === 'choice' ? choice.task.answer : null;
    await page.getByRole('button', { name: options!.options[options!.correct]!, exact: true }).tap();
    await page.getByRole('button', { name: 'Prüfen' }).tap();
    await page.getByText('Richtig! Super gemacht.').waitFor();

    await openTask('pv-order');
    const ordering = await solutionOn(page);
    const order = ordering.task.answer.kind === 'order' ? ordering.task.answer : null;
    for (const index of order!.correctOrder)
      await page
        .getByRole('list', { name: 'Noch übrig' })
        .getByRole('button', { name: order!.items[index]!, exact: true })
        .tap();
    await page.getByRole('button', { name: 'Prüfen' }).tap();
    await page.getByText('Richtig! Super gemacht.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('when the Wi-Fi drops while a pupil submits, then they see it is being sent and it arrives once, when the network is back', async () => {
    await openTask('md-times-table');
    const { attemptId, solution } = await solutionOn(page);
    await page.fill('#answer', solution);
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Prüfen' }).click();
    await page.getByText('Keine Verbindung. Deine Antwort ist sicher').waitFor();
    await context.setOffline(false);
    await page.getByText('Richtig! Super gemacht.').waitFor({ timeout: 20_000 });
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.result).toBe('correct');
    expect(row.activeMs).not.toBeNull();
  });

  it('when a pupil uses only the keyboard, then they can answer a task and go on', async () => {
    await openTask('md-times-table');
    const { solution } = await solutionOn(page);
    await page.focus('#answer');
    await page.keyboard.type(solution);
    await page.keyboard.press('Enter');
    await page.getByText('Richtig! Super gemacht.').waitFor();
    // Focus moves on to "next" by itself, and Enter there brings the next task, its answer focused.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Nächste Aufgabe');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'answer');
  });

  it('when a pupil comes back to the start page after practising, then each topic shows their own progress as stars and in words', async () => {
    await page.goto(`${env.server.baseUrl}/lernen`);
    const finished = await env.server.dbs.platform.attempt.findMany({
      where: { pupilId, topic: 'multiply-divide', submittedAt: { not: null } },
      select: { result: true },
    });
    const correct = finished.filter((attempt) => attempt.result === 'correct').length;
    expect(finished.length).toBeGreaterThan(correct); // one was wrong: not every star is filled
    const stars = Math.round((correct / finished.length) * 5);
    // Each topic is one big link whose name says the topic and the pupil's progress on it.
    const tile = page.getByRole('link', { name: /^Multiplizieren und Dividieren/ });
    await tile.getByText(`${correct} von ${finished.length} richtig`).waitFor();
    await expect(tile.getByRole('img').getAttribute('aria-label')).resolves.toBe(`${stars} von 5 Sternen`);
    await expect(tile.locator('.stars').innerText()).resolves.toBe('★'.repeat(stars) + '☆'.repeat(5 - stars));
    await expect(tile.getAttribute('href')).resolves.toBe('/lernen/aufgabe?topic=multiply-divide');
    await page.getByRole('link', { name: /^Einfache Gleichungen.*Noch nicht geübt/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pupil-start-progress');
  });

  it('when a pupil switches to English, then the pages speak English with no untranslated text, and the choice is remembered', async () => {
    await page.goto(`${env.server.baseUrl}/lernen`);
    await page.getByRole('button', { name: /Sprache: English/ }).click();
    await page.getByRole('heading', { name: 'Hello! Nice to see you.' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Hello! Nice to see you.' }).waitFor();
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/\{\w+\}|\b(pupil|task|teacher|common)\.[a-z]/);
    await page.getByRole('button', { name: /Language: Deutsch/ }).click();
    await page.getByRole('heading', { name: 'Hallo! Schön, dass du da bist.' }).waitFor();
  });
});
