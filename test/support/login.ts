// Logs in through Keycloak's real pages, answering what Keycloak asks on the way: password, TOTP
// code, TOTP set-up (reading the secret off the page), new password.
import { Browser, feedbackOf, formsOf, type Page } from './browser';
import { totp } from './totp';

export type Credentials = {
  username: string;
  password: string;
  otpKey?: Buffer;
  newPassword?: string;
  // The school's terms of use, where Keycloak asks for them: accepted unless said otherwise.
  isDecliningTerms?: boolean;
};
export type LoginOutcome = { isLoggedIn: boolean; page: Page; message: string; stepsSeen: string[]; totpKey?: Buffer };

export async function answerKeycloak(
  browser: Browser,
  first: Page,
  credentials: Credentials,
  isFinished: (page: Page) => boolean,
): Promise<LoginOutcome> {
  const stepsSeen: string[] = [];
  let page = first;
  let totpKey = credentials.otpKey;
  const stop = (isLoggedIn: boolean, message = feedbackOf(page)) => ({ isLoggedIn, page, message, stepsSeen, totpKey });
  for (let step = 0; step < 6; step++) {
    if (isFinished(page)) return stop(page.status < 400 || page.status === 404);
    const form = formsOf(page).find((f) => f.id !== 'kc-select-try-another-way-form' && f.id !== 'kc-locale-form');
    if (!form) return stop(false);
    if (step > 0 && feedbackOf(page) !== '' && form.id === stepsSeen[stepsSeen.length - 1]) return stop(false);
    const isTerms = page.body.includes('id="kc-accept"');
    const stepName = form.action.includes('/login-actions/consent') ? 'consent' : isTerms ? 'terms' : form.id;
    stepsSeen.push(stepName);
    switch (stepName) {
      case 'consent':
        page = await browser.post(form.action, { ...form.fields, accept: 'Ja' });
        break;
      case 'terms':
        page = await browser.post(form.action, {
          ...form.fields,
          ...(credentials.isDecliningTerms ? { cancel: '' } : { accept: '' }),
        });
        break;
      case 'kc-form-login':
        page = await browser.post(form.action, {
          ...form.fields,
          username: credentials.username,
          password: credentials.password,
        });
        break;
      case 'kc-otp-login-form':
        if (!totpKey) return stop(false, 'TOTP asked');
        // The next 30-s step (Keycloak's look-ahead window accepts it): a code used once, e.g. at
        // set-up a moment ago, is never accepted twice.
        page = await browser.post(form.action, { ...form.fields, otp: totp(totpKey, Date.now() + 30_000) });
        break;
      case 'kc-totp-settings-form':
        totpKey = Buffer.from(form.fields.totpSecret!, 'utf8');
        page = await browser.post(form.action, { ...form.fields, totp: totp(totpKey), userLabel: 'Test-App' });
        break;
      case 'kc-passwd-update-form':
        if (!credentials.newPassword) return stop(false, 'new password asked');
        page = await browser.post(form.action, {
          ...form.fields,
          'password-new': credentials.newPassword,
          'password-confirm': credentials.newPassword,
        });
        break;
      default:
        return stop(false);
    }
  }
  return stop(false, 'too many steps');
}

export async function loginThroughApp(
  browser: Browser,
  appBaseUrl: string,
  credentials: Credentials,
  loginPath = '/auth/login',
): Promise<LoginOutcome> {
  const first = await browser.get(`${appBaseUrl}${loginPath}`);
  return answerKeycloak(browser, first, credentials, (page) => page.url.startsWith(appBaseUrl));
}
