// Once in a real browser: Debian's Chromium, driven by playwright-core.
import { chromium, type Browser } from 'playwright-core';
import { startTestServer, type TestServer } from '../support/app';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';

describe('login in a real browser (Chromium)', () => {
  let server: TestServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('when a pupil types name and password into the German login page, then they end up logged in with the right cookies', async () => {
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const pupil = await createUser({ roles: ['pupil'], school });
    const context = await browser.newContext({ locale: 'de-DE' }); // a German school tablet
    const page = await context.newPage();

    await page.goto(`${server.baseUrl}/auth/login`);
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    await page.fill('#username', pupil.username);
    await page.fill('#password', pupil.password);
    await Promise.all([page.waitForURL(`${server.baseUrl}/lernen`), page.click('#kc-login')]);

    await page.goto(`${server.baseUrl}/api/me`);
    expect(JSON.parse(await page.locator('body').innerText())).toMatchObject({
      id: pupil.id,
      roles: ['pupil'],
      school: { id: school.id },
    });

    const cookies = await context.cookies();
    const appCookie = cookies.find((c) => c.name === 'schulid.sid')!;
    expect(appCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const keycloakSession = cookies.find((c) => c.name === 'KEYCLOAK_SESSION')!;
    const tenHoursFromNow = Date.now() / 1000 + 36_000;
    for (const cookie of [appCookie, keycloakSession]) {
      expect(cookie.expires).toBeLessThanOrEqual(tenHoursFromNow + 1);
      expect(cookie.expires).toBeGreaterThan(tenHoursFromNow - 120);
    }
    // No token ever reaches the browser: only the session cookie and Keycloak's own cookies.
    expect(cookies.filter((c) => c.domain === '127.0.0.1' && /token/i.test(c.name))).toEqual([]);
    await context.close();
  });
});
