// "Meine Daten" in a real browser: a pupil reads in plain words what is stored about them and
// downloads all of it as one JSON file that holds their own attempts.
import { readFileSync } from 'node:fs';
import type { Browser as Chromium } from 'playwright-core';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot, TABLET } from '../support/chromium';
import { serverWithSchool, signIn } from '../support/suites';

describe('the "Meine Daten" page', () => {
  const env = serverWithSchool();
  let chromium: Chromium;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(() => chromium?.close());

  it('when a pupil opens "Meine Daten" on a tablet, then they read what is stored and download it as JSON', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '4b', grade: 4, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    // Parents objected to research (GDPR Art. 21): the pupil's own page says so.
    const objection = await teacher.put(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}/research-objection`, {
      objects: true,
    });
    expect(objection.status).toBe(200);
    const context = await chromium.newContext({ ...TABLET, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/`);
    await logInOnKeycloakPage(page, env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: 'Zahlen-sind-toll-9',
    });
    await page.waitForURL(`${env.server.baseUrl}/lernen`);
    await page.getByRole('link', { name: 'Meine Daten' }).click();
    await page.getByText(`Benutzername: ${pupil.username}`).waitFor();
    await page.getByText('Klassen: 4b').waitFor();
    await page.getByText(/Widerspruch gegen Forschung seit .*: Diese Daten kommen in keine neue Studie\./).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'pupil-my-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Alles herunterladen (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('meine-daten.json');
    const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(file.profile.username).toBe(pupil.username);
    expect(file.classes.map((c: { name: string }) => c.name)).toEqual(['4b']);
    expect(file.research.objection).toEqual({ recordedAt: expect.any(String) });
    await context.close();
  });
});
