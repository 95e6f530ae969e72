// A school admin in real Chromium sees the accounts that go into the restore bin for inactivity
// within the next month and changes the period; the page passes axe-core. Time is controlled by
// the account's clock in the database.
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot, TABLET } from '../support/chromium';
import { createUser } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

describe('unused accounts on /schule in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    chromium = await launchChromium();
    const secret = randomBytes(20).toString('hex');
    const admin = await createUser({ roles: ['school-admin'], school: env.school, otpSecret: secret });
    context = await chromium.newContext(TABLET);
    page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/`);
    await logInOnKeycloakPage(page, env.server.baseUrl, { ...admin, otpKey: Buffer.from(secret) });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await chromium?.close();
  });

  it('when a pupil goes into the bin in two weeks, then the admin sees them with the date, and a longer period takes them off the list', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '2d', grade: 2, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    const { platform } = env.server.dbs;
    await platform.school.update({
      where: { id: env.school.id },
      data: { inactivityChangedAt: new Date(Date.now() - 730 * 86_400_000) },
    });
    await platform.$executeRaw`
      UPDATE account_activity SET created_at = now() + interval '14 days' - interval '12 months'
      WHERE user_id = ${pupil.pupilId}`;

    await page.goto(`${env.server.baseUrl}/schule`);
    await page.getByRole('heading', { name: 'Unbenutzte Konten', level: 2 }).waitFor();
    const row = page.locator(`[data-inactive="${pupil.username}"]`);
    await row.getByText(/\(Kind\): in den Papierkorb am .* · noch nie angemeldet/).waitFor();
    await page.getByLabel('In den Papierkorb nach').waitFor();
    expect(await page.getByLabel('In den Papierkorb nach').inputValue()).toBe('12');
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-admin-inactive-accounts');

    await page.getByLabel('In den Papierkorb nach').selectOption('24');
    await page
      .locator('section[aria-labelledby="inactivity-title"]')
      .getByRole('button', { name: 'Speichern' })
      .click();
    await page.getByText('Gespeichert.').waitFor();
    await row.waitFor({ state: 'detached' });
    await page.getByText('Im nächsten Monat kommt kein Konto in den Papierkorb.').waitFor();
    expect((await platform.school.findUniqueOrThrow({ where: { id: env.school.id } })).inactivityMonths).toBe(24);
    expect(await axeViolations(page)).toEqual([]);
  });
});
