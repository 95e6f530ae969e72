// Keycloak's pages in the app's look and in words a child understands: our theme (keycloak/themes),
// the 12-character rule shown before a new password is typed, and a country refusal that says what
// happened and what to do next.
import { Browser, formsOf } from '../support/browser';
import { createUser, keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool } from '../support/suites';

const DE = '85.214.132.117';
const US = '8.8.8.8';
// Formal address: Keycloak's own German texts say "Sie"; ours never do.
const FORMAL = /\b(Sie|Ihr|Ihre|Ihren|Ihrem|Ihres|Ihrer|Ihnen)\b/;
const visible = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, ' ');

describe('the login pages (our Keycloak theme)', () => {
  const env = serverWithSchool();

  it('when a pupil opens the login, then the page has our look and speaks to them as "du"', async () => {
    const page = await new Browser().get(`${env.server.baseUrl}/auth/login`);
    expect(page.body).toMatch(/resources\/[^"]+\/login\/schulid\/css\/schulid\.css/);
    expect(visible(page.body)).toMatch(/Melde dich an/);
    expect(visible(page.body)).not.toMatch(/Bei Ihrem Konto anmelden/);
  });

  it('when a pupil logs in with a one-time password, then the rule for the new one is shown before they type it', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school, isPasswordTemporary: true });
    const outcome = await loginThroughApp(new Browser(), env.server.baseUrl, pupil);
    expect(outcome.message).toBe('new password asked');
    expect(formsOf(outcome.page).map((form) => form.id)).toContain('kc-passwd-update-form');
    expect(visible(outcome.page.body)).toMatch(/Wähle dein eigenes Passwort: mindestens 12 Zeichen/);
  });

  it('when a login from abroad is refused, then the page says what happened and what to do, not "Es ist ein Fehler aufgetreten"', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const home = new Browser({ forwardedFor: DE });
    expect((await loginThroughApp(home, env.server.baseUrl, pupil)).isLoggedIn).toBe(true);
    expect((await apiFor(home, env.server.baseUrl).put('/me/login-countries', { countries: ['DE'] })).status).toBe(200);
    const abroad = await loginThroughApp(new Browser({ forwardedFor: US }), env.server.baseUrl, pupil);
    expect(abroad.isLoggedIn).toBe(false);
    const text = visible(abroad.page.body);
    expect(text).toMatch(/Anmeldung nicht möglich/);
    expect(text).toMatch(/frag deine Lehrkraft/);
    expect(text).not.toMatch(/Es ist ein Fehler aufgetreten/);
    expect(text).not.toMatch(FORMAL);
    // A way back: to the app's start, which leads to the login again.
    const back = /<a id="backToApplication"[^>]*href="([^"]+)"/.exec(abroad.page.body);
    expect(back?.[1]).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(text).toMatch(/Zurück zur Anmeldung/);
  });

  // The pages of a first login and of refusals, as Keycloak shows them (German is the default).
  async function pageAfterPassword(user: { username: string; password: string }) {
    const browser = new Browser();
    const login = await browser.get(`${env.server.baseUrl}/auth/login`);
    const form = formsOf(login).find((f) => f.id === 'kc-form-login')!;
    return browser.post(form.action, { ...form.fields, username: user.username, password: user.password });
  }

  it('when a teacher sets up the one-time codes or a pupil chooses a password, then every text says "du"', async () => {
    const teacher = await createUser({ roles: ['teacher'], school: env.school });
    const totpSetUp = await pageAfterPassword(teacher);
    expect(formsOf(totpSetUp).map((form) => form.id)).toContain('kc-totp-settings-form');
    expect(visible(totpSetUp.body)).toMatch(/Installiere eine dieser Apps/);
    expect(visible(totpSetUp.body)).not.toMatch(FORMAL);
    const pupil = await createUser({ roles: ['pupil'], school: env.school, isPasswordTemporary: true });
    const newPassword = await pageAfterPassword(pupil);
    expect(formsOf(newPassword).map((form) => form.id)).toContain('kc-passwd-update-form');
    expect(visible(newPassword.body)).not.toMatch(FORMAL);
  });

  it('when a disabled account or a wrong password is tried, then the page says so as "du"', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const wrong = await pageAfterPassword({ username: pupil.username, password: 'falsch-falsch-falsch' });
    expect(visible(wrong.body)).toMatch(/Benutzername oder Passwort stimmt nicht/);
    expect(visible(wrong.body)).not.toMatch(FORMAL);
    await keycloakAdmin.setUserEnabled(pupil.id, false);
    const disabled = await pageAfterPassword(pupil);
    expect(visible(disabled.body)).not.toMatch(FORMAL);
    expect(visible(disabled.body)).toMatch(/gesperrt|stimmt nicht/);
  });
});
