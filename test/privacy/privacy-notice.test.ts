// The privacy notice (/datenschutz), generated from what runs: the school as controller with the
// contacts its admin entered, the operator, retention periods from the configuration, cookie and
// session lifetimes from Keycloak's realm, the studies the school takes part in. Public, linked on
// every page of the app and on Keycloak's login pages.
import type { Browser as Chromium } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/app';
import { Browser } from '../support/browser';
import { axeViolations, launchChromium, screenshot, TABLET } from '../support/chromium';
import { createSchoolWithOrganization, createUser, keycloakAdmin, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, signIn, type SignedInApi } from '../support/suites';

describe('the privacy notice', () => {
  const env = {} as { server: TestServer; school: TestSchool; admin: SignedInApi };
  beforeAll(async () => {
    // Periods other than the defaults: the notice must show these, not numbers written into it.
    env.server = await startTestServer({
      RESTORE_BIN_DAYS: '45',
      LOGIN_ATTEMPT_RETENTION_DAYS: '21',
      ATTEMPT_RETENTION_MONTHS: '18',
    });
    env.school = await createSchoolWithOrganization(env.server.dbs.platform);
    env.admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
  });
  afterAll(() => env.server.close());

  const anonymous = () => apiFor(new Browser(), env.server.baseUrl);

  it('when nobody is logged in and asks for a school, then the notice names the school, the configured periods and the 10-hour login from the realm', async () => {
    const notice = await anonymous().get(`/privacy-notice?school=${env.school.slug}`);
    expect(notice.status).toBe(200);
    expect(notice.body.school).toMatchObject({
      slug: env.school.slug,
      name: 'Testschule',
      dpoName: null,
      inactivityMonths: 12,
    });
    expect(notice.body.retentionDays).toMatchObject({
      restoreBin: 45,
      loginAttempts: 21,
      messages: 90,
      auditLog: 56,
      loginEvents: 30,
      adminEvents: 56,
    });
    expect(notice.body.attemptMonths).toBe(18);
    expect(notice.body.session.maxSeconds).toBe(36_000);
    const cookies = Object.fromEntries(notice.body.cookies.map((c: { name: string }) => [c.name, c]));
    expect(cookies.KEYCLOAK_SESSION).toMatchObject({ setBy: 'keycloak', sessionEndsAfterSeconds: 36_000 });
    expect(cookies['schulid.sid']).toMatchObject({ setBy: 'app', maxAgeSeconds: 36_000 });
  });

  it("when the realm's session idle time changes, then the notice says the new one at once", async () => {
    const before = (await anonymous().get('/privacy-notice')).body.session.idleSeconds;
    expect(before).toBe((await keycloakAdmin.getRealm()).ssoSessionIdleTimeout);
    try {
      await keycloakAdmin.updateRealm({ ssoSessionIdleTimeout: before - 300 });
      expect((await anonymous().get('/privacy-notice')).body.session.idleSeconds).toBe(before - 300);
    } finally {
      await keycloakAdmin.updateRealm({ ssoSessionIdleTimeout: before });
    }
  });

  it('when the school takes part in a study, then the notice names it with its purpose and range', async () => {
    const platformAdmin = await signIn(env.server.baseUrl, ['platform-admin']);
    const researcher = await signIn(env.server.baseUrl, ['researcher']);
    const created = await platformAdmin.post('/research/studies', {
      name: 'Brüche in Klasse 5',
      purpose: 'Wie lange Kinder für Brüche brauchen',
      from: '2026-09-01',
      to: '2027-07-31',
      timeCoarsening: 'week',
      researcherIds: [researcher.user.id],
      schoolIds: [env.school.id],
    });
    expect(created.status).toBe(201);
    const listed = () => anonymous().get(`/privacy-notice?school=${env.school.slug}`);
    expect((await listed()).body.studies).toEqual([]);
    expect((await env.admin.put(`/school/studies/${created.body.id}/participation`, { isOptedIn: true })).status).toBe(
      200,
    );
    expect((await listed()).body.studies).toEqual([
      {
        name: 'Brüche in Klasse 5',
        purpose: 'Wie lange Kinder für Brüche brauchen',
        from: '2026-09-01',
        to: '2027-07-31',
        isEnded: false,
      },
    ]);
  });

  it('when the school admin enters the privacy contacts, then the notice shows them and the audit log has the act', async () => {
    const contacts = {
      controllerContact: 'Grundschule am Park, Parkweg 1, 12345 Musterstadt',
      dpoName: 'Frau Beispiel (Datenschutz)',
      dpoContact: 'datenschutz@gs-park.example',
    };
    const saved = await env.admin.put('/school/privacy-contacts', contacts);
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(contacts);
    const notice = await anonymous().get(`/privacy-notice?school=${env.school.slug}`);
    expect(notice.body.school).toMatchObject(contacts);
    const audit = await env.admin.get('/school/audit?kind=school.privacy_contacts');
    expect(audit.body.entries.map((e: { action: string }) => e.action)).toContain('school.privacy_contacts.changed');
    // Emptied again: null, and the notice says none were entered.
    const emptied = await env.admin.put('/school/privacy-contacts', { ...contacts, dpoName: '  ' });
    expect(emptied.body.dpoName).toBeNull();
  });

  it('when a teacher changes the contacts or the text is too long, then it is refused with a message', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const body = { controllerContact: null, dpoName: 'x', dpoContact: null };
    expect((await teacher.put('/school/privacy-contacts', body)).status).toBe(403);
    expect((await teacher.get('/school/privacy-contacts')).status).toBe(200);
    const tooLong = await env.admin.put('/school/privacy-contacts', { ...body, dpoContact: 'a'.repeat(301) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.message).toMatch(/at most 300/);
  });

  it('when the notice is asked for an unknown or malformed school, then 404 and 400, never a 500', async () => {
    expect((await anonymous().get('/privacy-notice?school=no-such-school-here')).status).toBe(404);
    expect((await anonymous().get('/privacy-notice?school=Bad%20Slug')).status).toBe(400);
    const none = await anonymous().get('/privacy-notice');
    expect(none.status).toBe(200);
    expect(none.body.school).toBeNull();
  });

  it("when a signed-in user opens the notice without naming a school, then it is their school's", async () => {
    const notice = await env.admin.get('/privacy-notice');
    expect(notice.body.school.slug).toBe(env.school.slug);
  });

  describe('in a real browser', () => {
    let chromium: Chromium;
    beforeAll(async () => {
      chromium = await launchChromium();
    });
    afterAll(() => chromium?.close());

    it('when a parent opens /datenschutz from the school link at tablet width, then it reads the periods and cookies in German and English and passes axe', async () => {
      const context = await chromium.newContext(TABLET);
      const page = await context.newPage();
      await page.goto(`${env.server.baseUrl}/datenschutz?schule=${env.school.slug}`);
      await page.getByRole('heading', { name: 'Datenschutz', level: 1 }).waitFor();
      await page.getByText('Verantwortlich für deine Daten ist deine Schule: Testschule.').waitFor();
      const binRow = page.locator('[data-retention="restoreBin"]');
      await expect(binRow.textContent()).resolves.toMatch(/45 Tage/);
      await expect(page.locator('[data-retention="inactivity"]').textContent()).resolves.toMatch(
        /nach 12 Monaten ohne Anmeldung/,
      );
      await expect(page.locator('[data-retention="researchReleases"]').textContent()).resolves.toMatch(
        /bis jede Studie beendet ist/,
      );
      await expect(page.locator('[data-cookie="KEYCLOAK_SESSION"]').textContent()).resolves.toMatch(
        /höchstens 10 Stunden/,
      );
      await expect(page.locator('[data-session]').textContent()).resolves.toMatch(/höchstens 10 Stunden/);
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, 'privacy-notice');
      await page.getByRole('button', { name: /English/ }).click();
      await page.getByRole('heading', { name: 'Privacy', level: 1 }).waitFor();
      await expect(binRow.textContent()).resolves.toMatch(/45 days/);
      expect(await page.locator('main').innerText()).not.toMatch(/privacy\.[a-z]/);
      await context.close();
    });

    it('when the school admin enters the data protection officer on /schule, then the privacy link on the page shows them', async () => {
      const context = await chromium.newContext(TABLET);
      const page = await context.newPage();
      const cookie = env.admin.browser.cookie(new URL(env.server.baseUrl).host, 'schulid.sid')!;
      await context.addCookies([{ name: 'schulid.sid', value: cookie, url: env.server.baseUrl }]);
      await page.goto(`${env.server.baseUrl}/schule`);
      const section = page.locator('section', {
        has: page.getByRole('heading', { name: 'Datenschutz-Kontakte der Schule' }),
      });
      await page.getByLabel('Datenschutzbeauftragte Person', { exact: true }).fill('Herr Muster');
      await section.getByRole('button', { name: 'Speichern' }).click();
      await section.getByText('Gespeichert. Die Datenschutz-Seite zeigt es ab jetzt.').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('contentinfo').getByRole('link', { name: 'Datenschutz' }).click();
      await page.getByText('Datenschutzbeauftragte Person der Schule: Herr Muster').waitFor();
      await page.getByText('Verantwortlich für deine Daten ist deine Schule: Testschule.').waitFor();
      await context.close();
    });
  });

  it('when a login page of Keycloak is shown, then it links the privacy notice, and once the user is known it names their school', async () => {
    const browser = new Browser();
    const login = await browser.get(`${env.server.baseUrl}/auth/login`);
    expect(login.body).toMatch(/id="schulid-privacy" href="[^"]*\/datenschutz"/);
    expect(login.body).toMatch(/Datenschutz: was mit deinen Daten passiert/);
    const pupil = await createUser({ roles: ['pupil'], school: env.school, isPasswordTemporary: true });
    const outcome = await loginThroughApp(new Browser(), env.server.baseUrl, pupil);
    expect(outcome.message).toBe('new password asked');
    // The school's name as its Keycloak organization has it (test schools' organizations are named
    // by their unique handle).
    expect(outcome.page.body).toContain(`Deine Schule: ${env.school.slug}`);
    expect(outcome.page.body).toMatch(new RegExp(`href="[^"]*/datenschutz\\?schule=${env.school.slug}"`));
  });
});
