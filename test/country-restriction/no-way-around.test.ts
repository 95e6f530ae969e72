// Paths around the country check, each tried against the real Keycloak: a password grant on any
// client of the realm (Keycloak's own included), offline tokens, a login cookie made at home and
// reused abroad (account console, researchers' device flow), and users in several schools.
import { createHash, randomBytes } from 'node:crypto';
import { loadRules } from '../../app/country-restriction/decision.repo';
import { Browser, feedbackOf } from '../support/browser';
import {
  createSchoolWithOrganization,
  createUser,
  keycloakAdmin,
  keycloakSessionsOf,
  registerClientCopy,
  registerResearchClient,
  type TestUser,
} from '../support/keycloak';
import { answerKeycloak, loginThroughApp } from '../support/login';
import { serverWithSchool } from '../support/suites';
import { deviceFlowToken } from '../support/tokens';

const DE = '85.214.132.117';
const AT = '193.170.0.1';
const US = '8.8.8.8';
const BLOCKED_DE = /Die Anmeldung aus Vereinigte Staaten ist für dieses Konto nicht erlaubt/;

const tokenEndpoint = () => `${process.env.KEYCLOAK_URL}/realms/schulid/protocol/openid-connect/token`;

async function passwordGrant(clientId: string, user: TestUser, forwardedFor: string, scope = 'openid') {
  const response = await fetch(tokenEndpoint(), {
    method: 'POST',
    headers: { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: clientId,
      username: user.username,
      password: user.password,
      scope,
    }),
  });
  const text = await response.text();
  const body = (response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : { page: text }) as {
    access_token?: string;
    error?: string;
    page?: string;
  };
  return { status: response.status, body };
}

describe('no way around the login rules', () => {
  const env = serverWithSchool();
  const decisionUrl = () => `${env.server.internalUrl}/internal/login-decisions`;
  // A pupil of a school whose pupils may log in from Germany only.
  const pupilAllowedInGermanyOnly = async () => {
    const restricted = await createSchoolWithOrganization(env.server.dbs.platform);
    await env.server.dbs.platform.schoolRoleLoginCountries.create({
      data: { schoolId: restricted.id, role: 'pupil', countries: ['DE'] },
    });
    return createUser({ roles: ['pupil'], school: restricted });
  };
  // A public client like schulid-research, asking this file's decision endpoint, for one test.
  const withPublicClient = async (work: (clientId: string) => Promise<void>) => {
    const client = await registerResearchClient(decisionUrl());
    try {
      await work(client.clientId);
    } finally {
      await client.remove();
    }
  };
  const attemptsOf = async (userId: string) =>
    (
      await env.server.dbs.platformPool.query<{ country: string; is_allowed: boolean; school_id: string | null }>(
        'SELECT country, is_allowed, school_id FROM login_attempts WHERE user_id = $1 ORDER BY occurred_at',
        [userId],
      )
    ).rows;

  it('when every client of the realm is asked for a password grant with the right password, from Germany or the US, then none gives a token', async () => {
    const pupil = await pupilAllowedInGermanyOnly();
    const clients = await keycloakAdmin.listClients();
    const realmClients = clients.filter((client) => !/^test-/.test(client.clientId));
    expect(realmClients.map((client) => client.clientId)).toEqual(
      expect.arrayContaining([
        'account',
        'account-console',
        'admin-cli',
        'broker',
        'realm-management',
        'security-admin-console',
        'schulid-app',
        'schulid-research',
      ]),
    );
    for (const client of realmClients) {
      expect({
        clientId: client.clientId,
        direct: client.directAccessGrantsEnabled,
        implicit: client.implicitFlowEnabled,
      }).toEqual({
        clientId: client.clientId,
        direct: false,
        implicit: false,
      });
      expect([...(client.defaultClientScopes ?? []), ...(client.optionalClientScopes ?? [])]).not.toContain(
        'offline_access',
      );
      expect(client.authenticationFlowBindingOverrides ?? {}).toEqual({});
      expect(client.attributes?.['standard.token.exchange.enabled']).toBe('false');
      expect(client.attributes?.['oidc.ciba.grant.enabled']).toBe('false');
      expect(client.attributes?.['oauth2.device.authorization.grant.enabled']).toBe(
        client.clientId === 'schulid-research' ? 'true' : 'false',
      );
      if (client.serviceAccountsEnabled) expect(client.clientId).toBe('schulid-admin-api');
      for (const from of [DE, US]) {
        const grant = await passwordGrant(client.clientId, pupil, from, 'openid offline_access');
        expect({
          clientId: client.clientId,
          from,
          status: grant.status,
          hasToken: Boolean(grant.body.access_token),
        }).toEqual({
          clientId: client.clientId,
          from,
          status: grant.status >= 400 ? grant.status : 'a token',
          hasToken: false,
        });
      }
    }
    expect(await keycloakSessionsOf(pupil.id)).toHaveLength(0);
  });

  it("when a client would allow password grants, then the realm's direct-grant flow still refuses them", async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const copy = await registerClientCopy('admin-cli', decisionUrl());
    try {
      const client = await keycloakAdmin.findClient(copy.clientId);
      await keycloakAdmin.updateClient(client!.id!, { ...client!, directAccessGrantsEnabled: true });
      const grant = await passwordGrant(copy.clientId, pupil, DE);
      expect(grant.status).toBe(401);
      expect(grant.body.access_token).toBeUndefined();
    } finally {
      await copy.remove();
    }
  });

  it('when a login cookie made in Germany is reused from the US in the account console, then the login is refused and the attempt logged', async () => {
    const pupil = await pupilAllowedInGermanyOnly();
    const accountConsole = await registerClientCopy('account-console', decisionUrl());
    try {
      const consoleUrl = `${process.env.KEYCLOAK_URL}/realms/schulid/account/`;
      const consoleLogin = () =>
        `${process.env.KEYCLOAK_URL}/realms/schulid/protocol/openid-connect/auth?${new URLSearchParams({
          client_id: accountConsole.clientId,
          redirect_uri: consoleUrl,
          response_type: 'code',
          scope: 'openid',
          state: randomBytes(8).toString('hex'),
          code_challenge: createHash('sha256').update(randomBytes(32)).digest('base64url'),
          code_challenge_method: 'S256',
        })}`;
      const browser = new Browser({ forwardedFor: DE });
      const atHome = await answerKeycloak(browser, await browser.get(consoleLogin()), pupil, (page) =>
        page.url.startsWith(consoleUrl),
      );
      expect(atHome.isLoggedIn).toBe(true);

      browser.travelTo(US);
      const abroad = await browser.get(consoleLogin());
      expect(abroad.url).not.toMatch(/[?&#]code=/);
      expect(abroad.status).toBe(403);
      expect(feedbackOf(abroad)).toMatch(BLOCKED_DE);
      expect((await attemptsOf(pupil.id)).map((a) => [a.country, a.is_allowed])).toEqual([
        ['DE', true],
        ['US', false],
      ]);
    } finally {
      await accountConsole.remove();
    }
  });

  it("when a researcher's login cookie from Germany is used from the US for the device flow, then no token is issued", async () => {
    const secret = randomBytes(20).toString('hex');
    const researcher = await createUser({ roles: ['researcher'], otpSecret: secret });
    await env.server.dbs.platform.userLoginCountries.create({
      data: { userId: researcher.id, schoolId: null, countries: ['DE'] },
    });
    await withPublicClient(async (clientId) => {
      const browser = new Browser({ forwardedFor: DE });
      await deviceFlowToken(clientId, { ...researcher, otpKey: Buffer.from(secret) }, browser);
      browser.travelTo(US);
      await expect(deviceFlowToken(clientId, { ...researcher, otpKey: Buffer.from(secret) }, browser)).rejects.toThrow(
        /device login failed/,
      );
      expect((await attemptsOf(researcher.id)).map((a) => [a.country, a.is_allowed])).toEqual([
        ['DE', true],
        ['US', false],
      ]);
    });
  });

  it('when a device login is approved in Germany but the script polls from the US, then no token is issued', async () => {
    const pupil = await pupilAllowedInGermanyOnly();
    await withPublicClient(async (clientId) => {
      await expect(deviceFlowToken(clientId, pupil, new Browser({ forwardedFor: DE }), US)).rejects.toThrow(
        /device token: 400 .*invalid_grant/,
      );
      expect((await attemptsOf(pupil.id)).map((a) => [a.country, a.is_allowed])).toEqual([
        ['DE', true],
        ['US', false],
      ]);
      expect((await deviceFlowToken(clientId, pupil, new Browser({ forwardedFor: DE }), DE)).access_token).toBeTruthy();
    });
  });

  it('when a refresh token from a login in Germany is used from the US on a public client, then no token is issued', async () => {
    const pupil = await pupilAllowedInGermanyOnly();
    await withPublicClient(async (clientId) => {
      const tokens = (await deviceFlowToken(clientId, pupil, new Browser({ forwardedFor: DE }))) as {
        refresh_token?: string;
      };
      expect(tokens.refresh_token).toBeTruthy();
      const refresh = async (from: string) => {
        const response = await fetch(tokenEndpoint(), {
          method: 'POST',
          headers: { 'x-forwarded-for': from, 'x-forwarded-proto': 'https' },
          body: new URLSearchParams({
            grant_type: 'refresh_token',
            client_id: clientId,
            refresh_token: tokens.refresh_token!,
          }),
        });
        return { status: response.status, body: (await response.json()) as { access_token?: string; error?: string } };
      };
      const fromUs = await refresh(US);
      expect(fromUs.status).toBe(400);
      expect(fromUs.body).toEqual(expect.objectContaining({ error: 'invalid_grant' }));
      expect(fromUs.body.access_token).toBeUndefined();
      expect((await refresh(DE)).body.access_token).toBeTruthy();
      // The login and the refused refresh; allowed refreshes are no news.
      expect((await attemptsOf(pupil.id)).map((a) => [a.country, a.is_allowed])).toEqual([
        ['DE', true],
        ['US', false],
      ]);
    });
  });

  it('when a researcher (in no school) has a country list, then addresses of unknown country are refused, private ones allowed', async () => {
    const rules = await loadRules(env.server.dbs.platformPool, `researcher-${randomBytes(4).toString('hex')}`, []);
    expect(rules).toEqual(
      expect.objectContaining({ schoolIds: [], isUnknownCountryAllowed: false, isPrivateAddressAllowed: true }),
    );
  });

  it("when a teacher belongs to two schools, then both schools' lists for teachers apply and both schools see the blocked attempt", async () => {
    const [first, second] = [
      await createSchoolWithOrganization(env.server.dbs.platform),
      await createSchoolWithOrganization(env.server.dbs.platform),
    ];
    await env.server.dbs.platform.schoolRoleLoginCountries.create({
      data: { schoolId: first.id, role: 'teacher', countries: ['DE', 'AT'] },
    });
    await env.server.dbs.platform.schoolRoleLoginCountries.create({
      data: { schoolId: second.id, role: 'teacher', countries: ['DE'] },
    });
    const secret = randomBytes(20).toString('hex');
    const teacher = await createUser({ roles: ['teacher'], school: first, otpSecret: secret });
    await keycloakAdmin.addOrganizationMember(second.orgId, teacher.id);

    const fromAustria = await loginThroughApp(new Browser({ forwardedFor: AT }), env.server.baseUrl, {
      ...teacher,
      otpKey: Buffer.from(secret),
    });
    expect(fromAustria.isLoggedIn).toBe(false);
    expect(fromAustria.message).toMatch(/Die Anmeldung aus Österreich ist für dieses Konto nicht erlaubt/);
    const attempts = await attemptsOf(teacher.id);
    expect(attempts.map((a) => [a.country, a.is_allowed, a.school_id]).sort()).toEqual(
      [
        ['AT', false, first.id],
        ['AT', false, second.id],
      ].sort(),
    );
  });
});
