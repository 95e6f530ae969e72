// Logs in through the app and Keycloak's real pages, answering what Keycloak asks on the way:
// password, TOTP code, TOTP set-up (reading the secret off the page), new password.
import { Browser, feedbackOf, formsOf, type Page } from './browser';
import { totp } from './totp';

export type LoginOutcome = {
  isLoggedIn: boolean;
  page: Page;
  message: string;
  stepsSeen: string[];
  totpKey?: Buffer;
};

export async function loginThroughApp(
  browser: Browser,
  appBaseUrl: string,
  credentials: { username: string; password: string; otpKey?: Buffer; newPassword?: string },
  loginPath = '/auth/login',
): Promise<LoginOutcome> {
  const stepsSeen: string[] = [];
  let page = await browser.get(`${appBaseUrl}${loginPath}`);
  let totpKey = credentials.otpKey;
  for (let step = 0; step < 6; step++) {
    if (page.url.startsWith(appBaseUrl)) return { isLoggedIn: page.status < 400 || page.status === 404, page, message: feedbackOf(page), stepsSeen, totpKey };
    const form = formsOf(page).find((f) => f.id !== 'kc-select-try-another-way-form' && f.id !== 'kc-locale-form');
    if (!form) return { isLoggedIn: false, page, message: feedbackOf(page), stepsSeen, totpKey };
    const wasError = step > 0 && feedbackOf(page) !== '' && form.id === stepsSeen[stepsSeen.length - 1];
    if (wasError) return { isLoggedIn: false, page, message: feedbackOf(page), stepsSeen, totpKey };
    stepsSeen.push(form.id);
    switch (form.id) {
      case 'kc-form-login':
        page = await browser.post(form.action, { ...form.fields, username: credentials.username, password: credentials.password });
        break;
      case 'kc-otp-login-form':
        if (!totpKey) return { isLoggedIn: false, page, message: 'TOTP asked', stepsSeen, totpKey };
        // The next 30-s step (Keycloak's look-ahead window accepts it): a code used once, e.g. at
        // set-up a moment ago, is never accepted twice.
        page = await browser.post(form.action, { ...form.fields, otp: totp(totpKey, Date.now() + 30_000) });
        break;
      case 'kc-totp-settings-form':
        totpKey = Buffer.from(form.fields.totpSecret!, 'utf8');
        page = await browser.post(form.action, { ...form.fields, totp: totp(totpKey), userLabel: 'Test-App' });
        break;
      case 'kc-passwd-update-form':
        if (!credentials.newPassword) return { isLoggedIn: false, page, message: 'new password asked', stepsSeen, totpKey };
        page = await browser.post(form.action, { ...form.fields, 'password-new': credentials.newPassword, 'password-confirm': credentials.newPassword });
        break;
      default:
        return { isLoggedIn: false, page, message: feedbackOf(page), stepsSeen, totpKey };
    }
  }
  return { isLoggedIn: false, page, message: 'too many steps', stepsSeen, totpKey };
}
