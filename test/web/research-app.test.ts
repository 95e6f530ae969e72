// Researchers and platform admins in real Chromium (/forschung): a platform admin sets up a study
// picking a researcher and a school by name and ends one after a confirmation; a researcher starts
// an export, watches it finish, reads the risk and linkage report, downloads the manifest, and sees
// why a refused export was refused.
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildResearchWorld, type ResearchWorld } from '../research/fixtures';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot, TABLET } from '../support/chromium';
import { createUser, type TestUser } from '../support/keycloak';
import { serverWithSchool } from '../support/suites';

jest.setTimeout(120_000);

describe('the research app in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  let world: ResearchWorld;
  let researcher: TestUser;
  let researcherPage: Page;
  let adminPage: Page;
  let schoolName: string;
  const contexts: BrowserContext[] = [];
  const tag = randomUUID().slice(0, 6);

  // A user of the role, with TOTP, signed in on Keycloak's page in a tablet-sized browser of their own.
  async function browserOf(user: TestUser, secret: string): Promise<Page> {
    const context = await chromium.newContext(TABLET);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/`);
    await logInOnKeycloakPage(page, env.server.baseUrl, { ...user, otpKey: Buffer.from(secret) });
    await page.waitForURL(`${env.server.baseUrl}/forschung`);
    return page;
  }
  async function userWithSecret(roles: string[], username: string) {
    const secret = randomBytes(20).toString('hex');
    return { user: await createUser({ roles, username, otpSecret: secret }), secret };
  }
  // A study of this file's researcher over the world's school (which takes part).
  async function studyOf(name: string, timeCoarsening: string, linkageThresholdPercent: number) {
    const created = await world.admin.post('/research/studies', {
      name,
      purpose: 'Wie lange brauchen Kinder für Brüche?',
      from: '2026-09-01',
      to: '2027-07-31',
      timeCoarsening,
      linkageThresholdPercent,
      researcherIds: [researcher.id],
      schoolIds: [world.school.id],
    });
    expect(created.status).toBe(201);
    const optIn = await world.schoolAdmin.put(`/school/studies/${created.body.id}/participation`, { isOptedIn: true });
    expect(optIn.status).toBe(200);
    return created.body.id as string;
  }

  beforeAll(async () => {
    world = await buildResearchWorld(env.server);
    schoolName = `Grundschule am See ${tag}`;
    await env.server.dbs.platform.school.update({ where: { id: world.school.id }, data: { name: schoolName } });
    chromium = await launchChromium();
    // Each signs in once: a second login within the same 30 s would reuse the TOTP code.
    const signedUp = await userWithSecret(['researcher'], `dr.lisa.forscher.${tag}`);
    researcher = signedUp.user;
    researcherPage = await browserOf(signedUp.user, signedUp.secret);
    const admin = await userWithSecret(['platform-admin'], `pa-${tag}`);
    adminPage = await browserOf(admin.user, admin.secret);
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
  });

  it('when a platform admin sets up a study picking a researcher and a school by name, then it is listed and its researcher sees it', async () => {
    const page = adminPage;
    await page.getByRole('heading', { name: 'Neue Studie', level: 2 }).waitFor();
    await page.getByLabel('Name der Studie').fill(`Brüche im Blick ${tag}`);
    await page.getByLabel('Zweck').fill('Wie sicher addieren Kinder gleichnamige Brüche?');
    await page.getByLabel('Beginn').fill('2026-09-01');
    await page.getByLabel('Ende', { exact: true }).fill('2027-07-31');
    await page.getByLabel('Mindestgruppe k (Kinder)').fill('5');
    await page.getByLabel('Schwelle der Verknüpfungsprüfung (%)').fill('5');
    await page.getByLabel('Zeitangabe aller Exporte').selectOption({ label: 'Kalenderwoche' });
    await page.getByLabel('Suchen: Forschende').fill(`lisa.forscher.${tag}`);
    await page.getByLabel(researcher.username, { exact: true }).check();
    await page.getByLabel('Suchen: Eingeladene Schulen').fill(`am See ${tag}`);
    await page.getByLabel(`${schoolName} (${world.school.slug})`).check();
    await page.getByText(`Ausgewählt: ${schoolName}`).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'research-admin-new-study');
    await page.getByRole('button', { name: 'Studie anlegen' }).click();
    await page.getByText(`Die Studie Brüche im Blick ${tag} ist angelegt.`).waitFor();
    await page.getByLabel('Suchen: Alle Studien').fill(`Brüche im Blick ${tag}`);
    const card = page.locator(`[data-study="Brüche im Blick ${tag}"]`);
    await card.getByText('0 von 1 eingeladenen Schulen nehmen teil').waitFor();
    await card.getByText('Kalenderwoche').waitFor();
    const studies = (await world.admin.get('/research/studies')).body.studies;
    expect(studies.find((s: { name: string }) => s.name === `Brüche im Blick ${tag}`)).toMatchObject({
      researchers: 1,
      schoolsInvited: 1,
      timeCoarsening: 'week',
    });
  });

  it('when a researcher starts an export, then its progress runs to the end, the risk and linkage report reads plainly, and the manifest downloads', async () => {
    const studyId = await studyOf(`Wochenstudie ${tag}`, 'week', 100);
    const page = researcherPage;
    await page.goto(`${env.server.baseUrl}/forschung`);
    await page.getByRole('heading', { name: 'Meine Studien' }).waitFor();
    await page.getByRole('link', { name: `Studie öffnen: Wochenstudie ${tag}` }).click();
    await page.getByRole('heading', { name: `Wochenstudie ${tag}`, level: 1 }).waitFor();
    await page.getByText('Zeitangabe der Studie (fest): Kalenderwoche').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'research-study');
    await page.getByLabel('Format').selectOption('jsonl');
    await page.getByRole('button', { name: 'Export starten' }).click();
    await page.waitForURL(/\/forschung\/export\//);
    await page.getByRole('heading', { name: 'Status: fertig' }).waitFor({ timeout: 30_000 });
    await page.getByText(/^(\d+) von \1 Zeilen \(100 %\)$/).waitFor();
    const progress = page.getByLabel('Fortschritt');
    expect(await progress.evaluate((bar: HTMLProgressElement) => bar.value === bar.max)).toBe(true);
    await page.getByRole('heading', { name: 'Risikobericht' }).waitFor();
    await page.getByRole('row', { name: 'k (Mindestgröße) 5' }).waitFor();
    await page.getByRole('row', { name: /Gruppen unter k \d+/ }).waitFor();
    await page
      .getByText(/^Die Schule mit ihren eigenen Daten: [\d,]+ % \(\d+ Kinder\) – (über|unter) der Schwelle$/)
      .waitFor();
    await page
      .getByText(/^Anteil der 5 gelieferten Kinder, die ein Angriff eindeutig erkennt\. Schwelle der Studie: 100 %/)
      .waitFor();
    await page.getByText('Als Tabelle zeigen').click();
    await page.getByRole('row', { name: /Frühere Exporte dieser Studie 0 0 % 100 % unter der Schwelle/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'research-export-ready');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Manifest (manifest.json)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('manifest.json');
    const manifest = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(manifest).toMatchObject({ study: { id: studyId, name: `Wochenstudie ${tag}` }, k: 5 });
    await page.getByRole('link', { name: 'Zurück zur Studie' }).click();
    await page.getByRole('link', { name: /^Export vom .*: fertig$/ }).waitFor();
    await page.getByText('Keine Widerrufe.').waitFor();
  });

  it('when an export has a group below k and small groups are not left out, then the page says it was refused and why, and offers no file', async () => {
    await studyOf(`Tagesstudie ${tag}`, 'day', 100);
    const page = researcherPage;
    await page.goto(`${env.server.baseUrl}/forschung`);
    await page.getByRole('link', { name: `Studie öffnen: Tagesstudie ${tag}` }).click();
    await page.getByText('Zeitangabe der Studie (fest): Kalendertag').first().waitFor();
    await page.getByRole('button', { name: 'Export starten' }).click();
    await page.getByRole('heading', { name: 'Status: abgelehnt' }).waitFor({ timeout: 30_000 });
    const refusal = page.getByRole('alert');
    await refusal.getByRole('heading', { name: 'Der Export wurde abgelehnt' }).waitFor();
    await refusal.getByText(/^1 Gruppe\(n\) haben weniger als 5 Kinder \(die kleinste: 1\)\./).waitFor();
    await refusal.getByText(/fewer than 5 pupils/).waitFor();
    expect(await page.getByLabel('Fortschritt').count()).toBe(0);
    await page.getByRole('row', { name: /Gruppen unter k [1-9]/ }).waitFor();
    await page.getByText(/^Kinder in der kleinsten Gruppe: \d+ \(k = 5; der Strich zeigt k\)$/).waitFor();
    expect(await page.getByRole('heading', { name: 'Dateien herunterladen' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'research-export-refused');
    // A pupil objects after the exports (it would shrink the class below k): the study's revocation list names their pseudonym.
    const objecting = world.bigClass.pupils[5]!;
    const objection = await world.teacher.put(
      `/classes/${world.bigClass.id}/pupils/${objecting.id}/research-objection`,
      { objects: true },
    );
    expect(objection.status).toBe(200);
    await page.getByRole('link', { name: 'Zurück zur Studie' }).click();
    await page.getByRole('link', { name: /^Export vom .*: abgelehnt$/ }).waitFor();
    await page.getByRole('cell', { name: 'Widerspruch' }).waitFor();
    await page.getByRole('cell', { name: /^P-[0-9A-Z]{16}$/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'research-study-revocations');
  });

  it('when a platform admin ends a study after confirming, then its key is gone and its researcher can export nothing more', async () => {
    const studyId = await studyOf(`Endstudie ${tag}`, 'week', 100);
    const page = adminPage;
    await page.goto(`${env.server.baseUrl}/forschung`);
    await page.getByLabel('Suchen: Alle Studien').fill(`Endstudie ${tag}`);
    const card = page.locator(`[data-study="Endstudie ${tag}"]`);
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await card.getByRole('button', { name: `Studie beenden: Endstudie ${tag}` }).click();
    await page.getByText(`Die Studie Endstudie ${tag} ist beendet. Ihr Schlüssel ist vernichtet.`).waitFor();
    expect(question).toMatch(/Ihr Schlüssel wird vernichtet.*es kann nichts mehr exportiert werden/);
    await card.getByText(/^Beendet am .*: Es kann nichts mehr exportiert werden\.$/).waitFor();
    expect(await card.getByRole('button').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'research-admin-ended');
    const refused = await world.admin.get('/research/studies');
    expect(refused.body.studies.find((s: { id: string }) => s.id === studyId)).toMatchObject({ isEnded: true });
    await researcherPage.goto(`${env.server.baseUrl}/forschung/studie/${studyId}`);
    await researcherPage.getByText(/^Beendet am /).waitFor();
    expect(await researcherPage.getByRole('button', { name: 'Export starten' }).count()).toBe(0);
  });
});
