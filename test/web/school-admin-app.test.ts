// A school admin in real Chromium: the school's settings (2FA for everyone, login countries per
// role, address policy), its research studies and the audit log as a table.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, launchChromium, logInOnKeycloakPage, screenshot, TABLET } from '../support/chromium';
import { createUser } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

describe('the school admins’ app in a real browser', () => {
  const env = serverWithSchool();
  let chromium: Browser;
  let context: BrowserContext;
  let page: Page;
  let username: string;
  beforeAll(async () => {
    chromium = await launchChromium();
    const secret = randomBytes(20).toString('hex');
    const admin = await createUser({ roles: ['school-admin'], school: env.school, otpSecret: secret });
    username = admin.username;
    context = await chromium.newContext(TABLET);
    page = await context.newPage();
    await page.goto(`${env.server.baseUrl}/`);
    await logInOnKeycloakPage(page, env.server.baseUrl, { ...admin, otpKey: Buffer.from(secret) });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await chromium?.close();
  });

  it('when a school admin changes the school’s settings, then each change shows and lands in the audit log under their name', async () => {
    await page.waitForURL(`${env.server.baseUrl}/schule`);
    await page.getByRole('heading', { name: 'Schule verwalten', level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Einschalten' }).click();
    await page.getByRole('button', { name: 'Ausschalten' }).waitFor();
    await page.fill('#countries-teacher', 'de,at');
    await page.getByRole('button', { name: 'Speichern: Lehrkräfte' }).click();
    await page.getByText(/Gespeichert\. Beendete Anmeldungen/).waitFor();
    await page.getByLabel('Anmeldung aus unbekanntem Land erlauben').check();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('input[type=checkbox]')].some((box) => (box as HTMLInputElement).checked),
    );
    const staffName = `lk-${randomBytes(4).toString('hex')}`;
    await page.fill('#staff-username', staffName);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page.getByText(`Konto ${staffName} angelegt. Einmal-Passwort`).waitFor();
    await page.locator(`[data-staff="${staffName}"]`).getByRole('button', { name: 'Sperren' }).click();
    await page.locator(`[data-staff="${staffName}"]`).getByText('gesperrt').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-admin-settings');

    await page.getByRole('link', { name: 'Protokoll' }).click();
    await page.getByRole('heading', { name: 'Protokoll', level: 1 }).waitFor();
    await page.getByRole('cell', { name: 'school.2fa_for_all.enabled' }).waitFor();
    await page.getByRole('cell', { name: 'login_countries.role_set' }).waitFor();
    await page.getByRole('cell', { name: 'staff.disabled' }).waitFor();
    await expect(page.getByRole('cell', { name: username }).count()).resolves.toBeGreaterThanOrEqual(3);
    await page.fill('#audit-kind', 'login_countries.');
    await page.getByRole('button', { name: 'Filtern' }).click();
    await page.waitForFunction(() => !document.body.innerText.includes('school.2fa_for_all.enabled'));
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-admin-audit');
  });

  it('when a school admin deletes a teacher, then the account waits in the bin and a restore brings it back to the list', async () => {
    await page.goto(`${env.server.baseUrl}/schule`);
    const staffName = `lk-${randomBytes(4).toString('hex')}`;
    await page.fill('#staff-username', staffName);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    const row = page.locator(`[data-staff="${staffName}"]`);
    await row.waitFor();
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: `Löschen: ${staffName}` }).click();
    await page.getByText(`${staffName} ist im Papierkorb.`).waitFor();
    await row.waitFor({ state: 'detached' });
    const binned = page.locator(`[data-bin="${staffName}"]`);
    await binned.getByText(/Lehrkraft\), gelöscht am .*, endgültig weg am/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-admin-bin');
    await binned.getByRole('button', { name: `Wiederherstellen: ${staffName}` }).click();
    await page.getByText('Wiederhergestellt.').waitFor();
    await row.waitFor();
    await binned.waitFor({ state: 'detached' });
  });

  it('when a school admin freezes a pupil, then the pupil is listed as frozen until the freeze is lifted', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '6f', grade: 6, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    await page.goto(`${env.server.baseUrl}/schule`);
    await page.getByText('Kein Konto ist eingefroren.').waitFor();
    await page.getByLabel('Klasse').selectOption({ label: '6f (2026/27)' });
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: pupil.username });
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Konto einfrieren' }).click();
    await page.getByText(`${pupil.username} ist eingefroren.`).waitFor();
    const row = page.locator(`[data-frozen="${pupil.username}"]`);
    await row.getByText(new RegExp(`${pupil.username}, eingefroren seit`)).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-admin-frozen');
    await row.getByRole('button', { name: `Einfrieren aufheben: ${pupil.username}` }).click();
    await page.getByText(`${pupil.username} kann sich wieder anmelden.`).waitFor();
    await row.waitFor({ state: 'detached' });
  });

  it('when a pupil of the school is in no class and the rules of use are turned on, then /schule lists the pupil and the pupil accepts the rules on the login page', async () => {
    const alone = await createUser({ roles: ['pupil'], school: env.school });
    await page.goto(`${env.server.baseUrl}/schule`);
    await page.locator(`[data-no-class="${alone.username}"]`).waitFor();
    await page.getByRole('button', { name: 'Nutzungsregeln verlangen' }).click();
    await page.getByRole('button', { name: 'Nutzungsregeln nicht mehr verlangen' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'school-admin-terms');

    const pupilContext = await chromium.newContext(TABLET);
    const pupilPage = await pupilContext.newPage();
    await pupilPage.goto(`${env.server.baseUrl}/`);
    await pupilPage.waitForSelector('#username');
    await pupilPage.fill('#username', alone.username);
    await pupilPage.fill('#password', alone.password);
    await pupilPage.click('#kc-login');
    await pupilPage.getByRole('heading', { name: 'Nutzungsregeln deiner Schule' }).waitFor();
    await pupilPage.getByText('Dein Konto ist nur für dich.').waitFor();
    expect(await axeViolations(pupilPage)).toEqual([]);
    await screenshot(pupilPage, 'keycloak-terms');
    await pupilPage.getByRole('button', { name: 'Annehmen' }).click();
    await pupilPage.waitForURL(`${env.server.baseUrl}/lernen`);
    await pupilContext.close();
    await page.getByRole('button', { name: 'Nutzungsregeln nicht mehr verlangen' }).click();
    await page.getByRole('button', { name: 'Nutzungsregeln verlangen' }).waitFor();
  });

  it('when a school admin opens "Meine Daten", then a plain summary shows and the button saves meine-daten.json', async () => {
    await page.goto(`${env.server.baseUrl}/schule`);
    await page.getByRole('heading', { name: 'Daten eines Kindes' }).waitFor();
    await page.getByRole('link', { name: 'Meine Daten' }).click();
    await page.getByRole('heading', { name: 'Meine Daten', level: 1 }).waitFor();
    await page.getByText(`Benutzername: ${username}`).waitFor();
    await page.getByText('Es gibt keinen Widerspruch gegen Forschung.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'my-data');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Alles herunterladen (JSON)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('meine-daten.json');
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.profile).toMatchObject({ username, roles: ['school-admin'] });
  });
});
