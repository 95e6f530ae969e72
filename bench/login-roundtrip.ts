// Full login round trip, one after another: app /auth/login → Keycloak login page → password
// POST → callback → app session, then GET /api/me. Printed beside Keycloak's own token endpoint
// (client-credentials grant) measured in the same run. Loopback only; LOGINS (default 200) each.
import { performance } from 'node:perf_hooks';
import { Browser } from '../test/support/browser';
import { startTestServer } from '../test/support/app';
import { createSchoolWithOrganization, createUser } from '../test/support/keycloak';
import { loginThroughApp } from '../test/support/login';
import { clientCredentialsToken } from '../test/support/tokens';
import { summarize } from './percentiles';

const LOGINS = Number(process.env.LOGINS ?? 200);

async function main() {
  const server = await startTestServer({ LOG_LEVEL: 'silent', RATE_LIMIT_LOGIN_PER_MINUTE: '100000' });
  try {
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const pupil = await createUser({ roles: ['pupil'], school });
    const logins: number[] = [];
    for (let i = 0; i < LOGINS; i++) {
      const browser = new Browser();
      const started = performance.now();
      const outcome = await loginThroughApp(browser, server.baseUrl, pupil);
      const me = await browser.get(`${server.baseUrl}/api/me`);
      if (!outcome.isLoggedIn || me.status !== 200)
        throw new Error(
          `login ${i} failed: ${outcome.stepsSeen} ${outcome.message} ${outcome.page.status} ${outcome.page.url} ${outcome.page.body.slice(0, 200)} me=${me.status}`,
        );
      logins.push(performance.now() - started);
    }
    const tokens: number[] = [];
    for (let i = 0; i < LOGINS; i++) {
      const started = performance.now();
      await clientCredentialsToken('schulid-admin-api', server.config.SCHULID_ADMIN_API_CLIENT_SECRET);
      tokens.push(performance.now() - started);
    }
    console.log(JSON.stringify(summarize('login-roundtrip (app+keycloak, password)', logins)));
    console.log(JSON.stringify(summarize('keycloak-token-endpoint (client credentials)', tokens)));
  } finally {
    await server.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
