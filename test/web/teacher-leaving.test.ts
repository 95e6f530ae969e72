// A teacher leaving the school deletes their own account in real Chromium: the class only they teach
// goes to a colleague they pick, then they are logged out and the colleague has the class.
import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot, TABLET } from '../support/chromium';
import { createUser, keycloakAdmin } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

describe('a teacher deleting their own account in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    chromium = await launchChromium();
    context = await chromium.newContext(TABLET);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await chromium?.close();
  });

  it('when a teacher picks a colleague for their class and deletes the account, then they are logged out and the colleague has the class', async () => {
    const secret = randomBytes(20).toString('hex');
    const teacher = await createUser({ roles: ['teacher'], school: env.school, otpSecret: secret });
    const colleague = await signIn(env.server.baseUrl, ['teacher'], env.school);
    await page.goto(`${env.server.baseUrl}/`);
    await logInOnKeycloakPage(page, env.server.baseUrl, { ...teacher, otpKey: Buffer.from(secret) });
    await page.waitForURL(`${env.server.baseUrl}/unterricht`);
    await page.fill('#class-name', '4e');
    await page.fill('#class-grade', '4');
    await page.getByRole('button', { name: 'Anlegen' }).click();
    await page.getByRole('heading', { name: '4e', level: 1 }).waitFor();

    await page.getByRole('link', { name: 'Einstellungen' }).click();
    await page.getByRole('heading', { name: 'Mein Konto löschen' }).waitFor();
    const submit = page.getByRole('button', { name: 'Mein Konto löschen' });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByLabel('4e (0 Kinder) geht an').selectOption({ label: colleague.user.username });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'teacher-delete-account');
    page.once('dialog', (dialog) => void dialog.accept());
    await submit.click();
    await page.waitForURL((url) => !url.pathname.startsWith('/unterricht'));

    expect((await keycloakAdmin.getUser(teacher.id))!.enabled).toBe(false);
    const classes = (await colleague.get('/classes')).body.classes as { name: string }[];
    expect(classes.map((c) => c.name)).toContain('4e');
  });
});
