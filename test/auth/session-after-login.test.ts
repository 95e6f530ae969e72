import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { serverWithSchool } from '../support/suites';

describe('the session right after the login', () => {
  const env = serverWithSchool();

  // Regression: express-session sent the callback's redirect before the new session was stored,
  // so a fast client (or a busy database) found no session on its first API call.
  it('when users call the API the moment the login redirect arrives, then their session is there, every time', async () => {
    const failures: string[] = [];
    for (let i = 0; i < 15; i++) {
      const secret = randomBytes(20).toString('hex');
      const user = await createUser({ roles: ['school-admin'], school: env.school, otpSecret: secret });
      const browser = new Browser();
      const outcome = await loginThroughApp(browser, env.server.baseUrl, { ...user, otpKey: Buffer.from(secret) });
      const me = await browser.get(`${env.server.baseUrl}/api/me`);
      if (!outcome.isLoggedIn || me.status !== 200)
        failures.push(`login ${i}: ${outcome.page.status} then /api/me ${me.status}`);
    }
    expect(failures).toEqual([]);
  });
});
