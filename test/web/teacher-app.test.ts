// A teacher between two lessons, in real Chromium against the real Keycloak (with TOTP): a new
// class with three pupils, their login cards, an assignment (a topic, or one task type of it), and a
// pupil's submit — made in a second browser by the pupil, logged in through Keycloak's page —
// appearing in the live overview while the teacher watches.
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer } from '../../app/learning/tasks/check-answer';
import { axeViolations, launchChromium, logInOnKeycloakPage, PHONE, screenshot, TABLET } from '../support/chromium';
import { createUser, keycloakAdmin } from '../support/keycloak';
import { serverWithSchool } from '../support/suites';

describe('the teachers’ app in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    chromium = await launchChromium();
    const secret = randomBytes(20).toString('hex');
    const teacher = await createUser({ roles: ['teacher'], school: env.school, otpSecret: secret });
    context = await chromium.newContext({ ...TABLET, acceptDownloads: true });
    page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/`);
    await logInOnKeycloakPage(page, env.server.baseUrl, { ...teacher, otpKey: Buffer.from(secret) });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await chromium?.close();
  });

  it('when a teacher creates a class with three pupils, prints the cards and assigns a topic, then each step shows', async () => {
    await page.waitForURL(`${env.server.baseUrl}/unterricht`);
    await page.getByRole('heading', { name: 'Meine Klassen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('#class-name', '3a');
    await page.fill('#class-grade', '3');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: '3a', level: 1 }).waitFor();
    await page.fill('#pupil-count', '3');
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    await page.getByText('Die Einmal-Passwörter sehen Sie nur jetzt').waitFor();
    await page.getByRole('heading', { name: 'Schülerinnen und Schüler (3)' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Zugangskarten (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('zugangskarten.pdf');
    const pdf = await download.createReadStream();
    const head = await new Promise<Buffer>((resolve) => pdf.once('data', (chunk: Buffer) => resolve(chunk)));
    expect(head.subarray(0, 5).toString()).toBe('%PDF-');
    await page.selectOption('#assign-topic', 'add-subtract');
    await page.getByRole('button', { name: 'Thema zuweisen' }).click();
    await page.getByText('Zugewiesen.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teacher-class');
  });

  it('when the teacher picks a task type after the topic, then the class’s assignments list it with that type', async () => {
    await page.selectOption('#assign-topic', 'multiply-divide');
    const template = page.locator('#assign-template');
    await expect(template.inputValue()).resolves.toBe('');
    await expect(template.locator('option:checked').innerText()).resolves.toBe('alle Aufgabenarten');
    await expect(template.locator('option').allInnerTexts()).resolves.toEqual(
      expect.arrayContaining(['alle Aufgabenarten', 'Einmaleins', 'Teilen mit Rest']),
    );
    await page.selectOption('#assign-template', { label: 'Einmaleins' });
    // Another topic offers its own task types again, from "all" on.
    await page.selectOption('#assign-topic', 'units');
    await expect(template.inputValue()).resolves.toBe('');
    await page.selectOption('#assign-topic', 'multiply-divide');
    await page.selectOption('#assign-template', { label: 'Einmaleins' });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teacher-assign-task-type');
    await page.getByRole('button', { name: 'Thema zuweisen' }).click();
    await page.getByText('Zugewiesen.').waitFor();
    await page.getByText(/^Multiplizieren und Dividieren: Einmaleins · 0 von 3 Kindern haben angefangen/).waitFor();
    await page.getByText(/^Addieren und Subtrahieren · 0 von 3 Kindern/).waitFor();
    const classId = new URL(page.url()).pathname.split('/').pop()!;
    const assignments = await env.server.dbs.platform.assignment.findMany({
      where: { classId },
      orderBy: { createdAt: 'asc' },
      select: { topic: true, templateId: true },
    });
    expect(assignments).toEqual([
      { topic: 'add-subtract', templateId: null },
      { topic: 'multiply-divide', templateId: 'md-times-table' },
    ]);
  });

  it('when a pupil of the class submits from another device, then the live overview shows it within moments', async () => {
    await page.getByRole('status').filter({ hasText: 'live' }).first().waitFor();
    const classId = new URL(page.url()).pathname.split('/').pop()!;
    const pupilsOfClass = await env.server.dbs.platform.classPupil.findMany({ where: { classId } });
    const pupil = pupilsOfClass[0]!;
    // The cards' passwords were replaced when the cards were printed: set a known one for this pupil.
    const password = 'Zahlen-sind-toll-9';
    await keycloakAdmin.resetPassword(pupil.pupilId, password, false);
    // The pupil's own tablet: a second browser context, logged in through Keycloak's page.
    const device = await chromium.newContext(TABLET);
    const pupilPage = await device.newPage();
    await pupilPage.goto(`${env.server.baseUrl}/lernen`);
    await logInOnKeycloakPage(pupilPage, env.server.baseUrl, { username: pupil.username, password });
    await pupilPage
      .locator('.card')
      .filter({ has: pupilPage.getByRole('heading', { name: 'Addieren und Subtrahieren' }) })
      .getByRole('link', { name: 'Los geht’s' })
      .click();
    const attemptId = await pupilPage.locator('form[data-attempt]').getAttribute('data-attempt');
    const row = await env.server.dbs.platform.attempt.findUniqueOrThrow({ where: { id: attemptId! } });
    expect(row.topic).toBe('add-subtract');
    const answer = canonicalAnswer(generateTask(findTemplate(row.templateId, row.templateVersion)!, row.seed).answer);
    await pupilPage.fill('#answer', answer);
    await pupilPage.getByRole('button', { name: 'Prüfen' }).tap();
    await pupilPage.getByText('Richtig! Super gemacht.').waitFor();
    await device.close();
    const cell = page.locator(`tr[data-pupil="${pupil.username}"] td[data-topic="add-subtract"]`);
    await cell.filter({ hasText: '1 von 1 richtig' }).waitFor({ timeout: 5_000 });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teacher-overview');
  });

  it("when the teacher opens a pupil's history, then the submit is listed with its result", async () => {
    const classUrl = page.url();
    const row = page.locator('li.pupil-row').filter({ has: page.locator('a', { hasText: 'Verlauf' }) });
    const names = await page
      .locator('td[data-topic="add-subtract"].cell-good')
      .evaluateAll((cells) => cells.map((cell) => cell.closest('tr')!.getAttribute('data-pupil')));
    await row.filter({ hasText: names[0]! }).getByRole('link', { name: 'Verlauf' }).click();
    await page.getByRole('heading', { name: `Verlauf von ${names[0]}` }).waitFor();
    await page.getByRole('cell', { name: 'richtig', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Addieren und Subtrahieren' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(classUrl);
  });

  it("when a pupil came through the school's own portal, then the teacher picks them by name into the class", async () => {
    const ssoPupil = await createUser({ roles: ['pupil'], school: env.school });
    await page.reload();
    await page.getByRole('checkbox', { name: ssoPupil.username }).check();
    await page.getByRole('button', { name: 'Ausgewählte hinzufügen' }).click();
    await page.getByRole('heading', { name: 'Schülerinnen und Schüler (4)' }).waitFor();
    await page.locator(`tr[data-pupil="${ssoPupil.username}"]`).waitFor({ timeout: 5_000 });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('when the teacher sets their own login countries and reads their messages, then both pages work from the header', async () => {
    const classUrl = page.url();
    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Einstellungen' }).waitFor();
    await page.fill('#countries', 'de, at');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText('Gespeichert.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Opened afresh: the list shown is the one the server keeps.
    await page.goto(`${env.server.baseUrl}/unterricht/einstellungen`);
    await page.waitForFunction(
      () => (document.querySelector('#countries') as HTMLInputElement | null)?.value === 'AT, DE',
    );
    await page.getByRole('link', { name: /Nachrichten/ }).click();
    await page.getByRole('heading', { name: 'Nachrichten' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(classUrl);
  });

  it('when the teacher double-taps "Anlegen", then one class is made, not two', async () => {
    const classUrl = page.url();
    await page.goto(`${env.server.baseUrl}/unterricht`);
    await page.fill('#class-name', '4d');
    await page.getByRole('button', { name: 'Anlegen' }).dblclick();
    await page.getByRole('heading', { name: '4d', level: 1 }).waitFor();
    const classes = await env.server.dbs.platform.schoolClass.findMany({
      where: { schoolId: env.school.id, name: '4d' },
    });
    expect(classes).toHaveLength(1);
    await page.goto(classUrl);
  });

  it('when the teacher deletes a pupil, then the pupil waits in the bin on the classes page and comes back with a restore', async () => {
    const classUrl = page.url();
    const name = await page.locator('li.pupil-row .pupil-name').first().innerText();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Löschen: ${name}` }).click();
    await page.getByText(`${name} ist im Papierkorb.`).waitFor();
    await page.getByRole('heading', { name: 'Schülerinnen und Schüler (3)' }).waitFor();
    await page.getByRole('link', { name: '← Meine Klassen' }).click();
    const binned = page.locator(`[data-bin="${name}"]`);
    await binned.getByText(/\(Kind\), gelöscht am/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teacher-bin');
    await binned.getByRole('button', { name: `Wiederherstellen: ${name}` }).click();
    await page.getByText('Wiederhergestellt.').waitFor();
    await page.goto(classUrl);
    await page.getByRole('heading', { name: 'Schülerinnen und Schüler (4)' }).waitFor();
  });

  it('when the class page is opened on a phone, then it passes axe-core too', async () => {
    const phone = await chromium.newContext({ ...PHONE, storageState: await context.storageState() });
    const small = await phone.newPage();
    await small.goto(page.url());
    await small.getByRole('heading', { name: 'Live-Überblick' }).waitFor();
    expect(await axeViolations(small)).toEqual([]);
    await screenshot(small, 'teacher-class-phone');
    await phone.close();
  });
});
