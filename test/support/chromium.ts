// Debian's Chromium through playwright-core (never a downloaded browser): a school tablet's
// viewport with touch, axe-core for accessibility, screenshots under test-output/, and the real
// Keycloak login page filled in as a pupil or teacher would.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { totp } from './totp';

const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

export const TABLET: BrowserContextOptions = {
  viewport: { width: 820, height: 1180 },
  hasTouch: true,
  isMobile: true,
  locale: 'de-DE',
};
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  locale: 'de-DE',
};

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// WCAG 2.1 A and AA rules; the violations as "rule: target" lines (empty when the page passes).
export async function axeViolations(page: Page): Promise<string[]> {
  // evaluate() runs outside the page's CSP, which (rightly) refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<any> } }).axe;
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.map(
      (v: { id: string; nodes: { target: string[] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return violations as string[];
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

// On Keycloak's page: name and password; a new password when the account has a one-time one;
// the TOTP code when asked. Ends when the browser is back at the app.
export async function logInOnKeycloakPage(
  page: Page,
  appBaseUrl: string,
  user: { username: string; password: string; newPassword?: string; otpKey?: Buffer },
): Promise<void> {
  await page.waitForSelector('#username');
  await page.fill('#username', user.username);
  await page.fill('#password', user.password);
  await page.click('#kc-login');
  for (let step = 0; step < 4 && !page.url().startsWith(appBaseUrl); step++) {
    await page.waitForLoadState();
    if (page.url().startsWith(appBaseUrl)) break;
    if (await page.locator('#password-new').count()) {
      await page.fill('#password-new', user.newPassword!);
      await page.fill('#password-confirm', user.newPassword!);
      await page.click('[type=submit]');
    } else if (await page.locator('#otp').count()) {
      await page.fill('#otp', totp(user.otpKey!, Date.now() + 30_000));
      await page.click('[type=submit]');
    } else await page.waitForURL((url) => url.href.startsWith(appBaseUrl), { timeout: 10_000 });
  }
  await page.waitForURL((url) => url.href.startsWith(appBaseUrl));
}
