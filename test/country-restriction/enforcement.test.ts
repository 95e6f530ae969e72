// No client can bypass the check: Keycloak's own account console and school-SSO logins are refused
// the same way, a check that cannot be asked refuses (fail closed), and the decision endpoint is
// reachable only on the internal listener and only with the shared secret.
import { createHash, randomBytes } from 'node:crypto';
import request from 'supertest';
import { registerSchoolIdentityProvider } from '../../app/auth';
import { createKeycloakAdmin, masterAdminToken } from '../../app/keycloak';
import { Browser } from '../support/browser';
import { startTestServer } from '../support/app';
import { serverWithSchool } from '../support/suites';
import { createSchoolWithOrganization, createUser, registerClientCopy, type TestSchool } from '../support/keycloak';
import { answerKeycloak, loginThroughApp } from '../support/login';

const DE = '85.214.132.117';
const US = '8.8.8.8';

describe('the country check cannot be bypassed', () => {
  const env = serverWithSchool();

  const restrictPupilsToGermany = async (target: TestSchool) => {
    await env.server.dbs.platform.schoolRoleLoginCountries.create({
      data: { schoolId: target.id, role: 'pupil', countries: ['DE'] },
    });
  };

  it("when a restricted pupil logs in to Keycloak's account console from the US, then it is refused the same way", async () => {
    const accountConsole = await registerClientCopy(
      'account-console',
      `${env.server.internalUrl}/internal/login-decisions`,
    );
    try {
      const restricted = await createSchoolWithOrganization(env.server.dbs.platform);
      await restrictPupilsToGermany(restricted);
      const pupil = await createUser({ roles: ['pupil'], school: restricted });
      // The console is a single-page app: its login is this authorization request (keycloak-js's).
      const consoleUrl = `${env.server.config.KEYCLOAK_URL}/realms/schulid/account/`;
      const verifier = randomBytes(32).toString('base64url');
      const consoleLogin = `${env.server.config.KEYCLOAK_URL}/realms/schulid/protocol/openid-connect/auth?${new URLSearchParams(
        {
          client_id: accountConsole.clientId,
          redirect_uri: consoleUrl,
          response_type: 'code',
          scope: 'openid',
          state: randomBytes(8).toString('hex'),
          code_challenge: createHash('sha256').update(verifier).digest('base64url'),
          code_challenge_method: 'S256',
        },
      )}`;
      const isConsole = (page: { url: string; status: number }) =>
        page.url.startsWith(consoleUrl) && page.status === 200;

      const fromUs = new Browser({ forwardedFor: US });
      const refused = await answerKeycloak(fromUs, await fromUs.get(consoleLogin), pupil, isConsole);
      expect(refused.isLoggedIn).toBe(false);
      expect(refused.message).toMatch(/Die Anmeldung aus Vereinigte Staaten ist für dieses Konto nicht erlaubt/);

      const fromDe = new Browser({ forwardedFor: DE });
      const allowed = await answerKeycloak(fromDe, await fromDe.get(consoleLogin), pupil, isConsole);
      expect(allowed.isLoggedIn).toBe(true);
      expect(allowed.page.url).toMatch(/[?&#]code=/);
    } finally {
      await accountConsole.remove();
    }
  });

  it("when a restricted teacher logs in through the school's own IdP from the US, then it is refused the same way", async () => {
    const ssoSchool = await createSchoolWithOrganization(env.server.dbs.platform);
    await env.server.dbs.platform.schoolRoleLoginCountries.create({
      data: { schoolId: ssoSchool.id, role: 'teacher', countries: ['DE'] },
    });
    const keycloakAdmin = createKeycloakAdmin(
      env.server.config,
      masterAdminToken(env.server.config, 'admin', process.env.KC_ADMIN_PASSWORD!),
    );
    const alias = `idp-${ssoSchool.slug}`;
    await registerSchoolIdentityProvider(keycloakAdmin, ssoSchool.orgId, {
      alias,
      displayName: 'Schulportal',
      issuer: `${env.server.config.KEYCLOAK_URL}/realms/schul-idp-demo`,
      clientId: 'schulid-broker',
      clientSecret: process.env.SCHUL_IDP_CLIENT_SECRET!,
    });
    const portalTeacher = await createUser({ roles: ['lehrkraft'], realm: 'schul-idp-demo' });

    const fromUs = await loginThroughApp(
      new Browser({ forwardedFor: US }),
      env.server.baseUrl,
      portalTeacher,
      `/auth/login?idp=${alias}`,
    );
    expect(fromUs.isLoggedIn).toBe(false);
    expect(fromUs.message).toMatch(/Die Anmeldung aus Vereinigte Staaten ist für dieses Konto nicht erlaubt/);
    const fromDe = await loginThroughApp(
      new Browser({ forwardedFor: DE }),
      env.server.baseUrl,
      portalTeacher,
      `/auth/login?idp=${alias}`,
    );
    expect(fromDe.isLoggedIn).toBe(true);
  });

  it('when the decision endpoint cannot be reached, then Keycloak refuses the login and says why (fail closed)', async () => {
    const unreachable = await startTestServer({}, { decisionUrl: 'http://127.0.0.1:9/internal/login-decisions' });
    try {
      const pupil = await createUser({ roles: ['pupil'], school: env.school });
      const outcome = await loginThroughApp(new Browser({ forwardedFor: DE }), unreachable.baseUrl, pupil);
      expect(outcome.isLoggedIn).toBe(false);
      expect(outcome.page.status).toBe(403);
      expect(outcome.message).toMatch(/Länderprüfung nicht erreichbar/);
    } finally {
      await unreachable.close();
    }
  });

  it('when the decision endpoint is called without the shared secret or with a wrong one, then it answers 401 and records nothing', async () => {
    const body = { userId: 'someone', roles: ['pupil'], schools: [], ipAddress: US };
    expect((await request(env.server.internalApp).post('/internal/login-decisions').send(body)).status).toBe(401);
    const wrong = await request(env.server.internalApp)
      .post('/internal/login-decisions')
      .set('authorization', 'Bearer not-the-secret')
      .send(body);
    expect(wrong.status).toBe(401);
    const rows = await env.server.dbs.platformPool.query(
      "SELECT count(*)::int AS n FROM login_attempts WHERE user_id = 'someone'",
    );
    expect(rows.rows[0].n).toBe(0);
  });

  it('when the decision endpoint gets a malformed address, then it answers 400', async () => {
    const res = await request(env.server.internalApp)
      .post('/internal/login-decisions')
      .set('authorization', `Bearer ${env.server.config.DECISION_SECRET}`)
      .send({ userId: 'someone', roles: [], schools: [], ipAddress: '999.1.1.1' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/ipAddress/);
  });

  it('when someone calls the decision endpoint on the public port, then there is no such route', async () => {
    const res = await request(env.server.app)
      .post('/internal/login-decisions')
      .set('authorization', `Bearer ${env.server.config.DECISION_SECRET}`)
      .send({});
    expect(res.status).toBe(404);
  });
});
