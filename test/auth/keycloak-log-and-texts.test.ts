// Keycloak's own server log holds no personal data (no typed usernames, no client addresses), its
// events expire, and its German pages speak German.
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, formsOf } from '../support/browser';
import { createUser, keycloakAdmin } from '../support/keycloak';
import { serverWithSchool } from '../support/suites';

const KEYCLOAK_LOG = join(__dirname, '..', '..', '.local', 'log', 'keycloak.log');
const logSize = () => statSync(KEYCLOAK_LOG).size;
const logSince = (offset: number) => readFileSync(KEYCLOAK_LOG).subarray(offset).toString('utf8');

describe("Keycloak's log, events and German pages", () => {
  const env = serverWithSchool();

  it('when someone fails to log in with a typed name from a public address, then the Keycloak log holds neither', async () => {
    const before = logSize();
    const typedName = `erika.mustermann.${randomBytes(3).toString('hex')}`;
    const address = `85.214.${10 + Math.floor(Math.random() * 200)}.${10 + Math.floor(Math.random() * 200)}`;
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    for (const username of [typedName, pupil.username]) {
      const browser = new Browser({ forwardedFor: address });
      const page = await browser.get(`${env.server.baseUrl}/auth/login`);
      const form = formsOf(page).find((f) => f.id === 'kc-form-login')!;
      const refused = await browser.post(form.action, { ...form.fields, username, password: 'falsch-falsch-falsch' });
      expect(refused.body).toMatch(/Benutzername oder Passwort stimmt nicht/);
    }
    // Keycloak writes its log asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const written = logSince(before);
    for (const personal of [typedName, pupil.username, pupil.id, address]) expect(written).not.toContain(personal);
  });

  it("when the realm's event settings are read, then user events expire after 30 days and admin events after 56 days, and no listener writes them to the log", async () => {
    const realm = await keycloakAdmin.getRealm();
    expect(realm.eventsExpiration).toBe(30 * 24 * 3600);
    expect(realm.attributes.adminEventsExpiration).toBe(String(56 * 24 * 3600));
    expect(realm.eventsListeners).not.toContain('jboss-logging');
  });

  it('when a teacher sets up and enters a one-time code on the German pages, then no English text is shown', async () => {
    const teacher = await createUser({ roles: ['teacher'], school: env.school });
    const browser = new Browser();
    const page = await browser.get(`${env.server.baseUrl}/auth/login`);
    const form = formsOf(page).find((f) => f.id === 'kc-form-login')!;
    const setup = await browser.post(form.action, {
      ...form.fields,
      username: teacher.username,
      password: teacher.password,
    });
    expect(formsOf(setup).map((f) => f.id)).toContain('kc-totp-settings-form');
    const visibleText = setup.body.replace(/<script[\s\S]*?<\/script>/g, ' ').replace(/<[^>]*>/g, ' ');
    expect(visibleText).toMatch(/Einmalcode/);
    expect(visibleText).not.toMatch(/One[- ]time|One Time/i);
  });
});
