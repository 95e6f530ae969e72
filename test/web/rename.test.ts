// Renaming in real Chromium (GDPR Art. 16): a teacher gives a pupil a new username from the class
// page, by keyboard; a school admin corrects the school's name on /schule.
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot, TABLET } from '../support/chromium';
import { createUser } from '../support/keycloak';
import { serverWithSchool } from '../support/suites';

const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

describe('renaming in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await chromium?.close();
  });

  async function loggedIn(roles: string[]): Promise<Page> {
    const secret = randomBytes(20).toString('hex');
    const user = await createUser({ roles, school: env.school, otpSecret: secret });
    const context = await chromium.newContext(TABLET);
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/`);
    await logInOnKeycloakPage(page, env.server.baseUrl, { ...user, otpKey: Buffer.from(secret) });
    return page;
  }

  it('when a teacher renames a pupil from the class page by keyboard, then the new name shows; a bad one is explained', async () => {
    const page = await loggedIn(['teacher']);
    await page.waitForURL(`${env.server.baseUrl}/unterricht`);
    await page.fill('#class-name', '2a');
    await page.fill('#class-grade', '2');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: '2a', level: 1 }).waitFor();
    const oldName = unique('alt');
    await page.fill('#pupil-names', oldName);
    await page.getByRole('button', { name: 'Hinzufügen', exact: true }).click();
    await page.getByRole('heading', { name: 'Schülerinnen und Schüler (1)' }).waitFor();

    const opener = page.getByRole('button', { name: `Umbenennen: ${oldName}` });
    await opener.focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel(`Neuer Benutzername für ${oldName}`);
    await expectFocused(field);
    await page.keyboard.press('Escape');
    await expectFocused(opener);

    await page.keyboard.press('Enter');
    await field.fill('Anna Schmidt');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Kein echter Name, keine E-Mail-Adresse' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rename-pupil-form');

    const newName = unique('neu');
    await field.fill(newName);
    await page.keyboard.press('Enter');
    await page.getByText(`${oldName} heißt jetzt ${newName}.`).waitFor();
    await page.locator('.pupil-name', { hasText: newName }).waitFor();
    expect(await page.locator('.pupil-name', { hasText: oldName }).count()).toBe(0);
    for (const button of await page.locator('.pupil-row .button').all()) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('when a school admin changes the school’s name, then the page header shows it at once', async () => {
    const page = await loggedIn(['school-admin']);
    await page.waitForURL(`${env.server.baseUrl}/schule`);
    const name = unique('Grundschule am Park');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('heading', { name: 'Name der Schule' }).waitFor();
    await page
      .locator('form', { has: page.locator('#school-name') })
      .getByRole('button', { name: 'Speichern' })
      .click();
    await page.getByText(`Gespeichert. Die Schule heißt jetzt ${name}.`).waitFor();
    await page.locator('header .brand', { hasText: name }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'rename-school');
  });
});

async function expectFocused(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.waitFor();
  await locator.page().waitForFunction((element) => document.activeElement === element, await locator.elementHandle());
}
