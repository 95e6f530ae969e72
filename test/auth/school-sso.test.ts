import { registerSchoolIdentityProvider } from '../../app/auth';
import { Browser } from '../support/browser';
import { startTestServer, type TestServer } from '../support/app';
import { createSchoolWithOrganization, createUser, keycloakAdmin, type TestSchool } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor } from '../support/suites';

const SCHOOL_REALM = 'schul-idp-demo';

describe("school SSO: logins brokered from a school's own identity provider", () => {
  let server: TestServer;
  const schoolIdp = async (school: TestSchool) => {
    const alias = `idp-${school.slug}`;
    await registerSchoolIdentityProvider(keycloakAdmin, school.orgId, {
      alias,
      displayName: 'Schulportal',
      issuer: `${server.config.KEYCLOAK_URL}/realms/${SCHOOL_REALM}`,
      clientId: 'schulid-broker',
      clientSecret: process.env.SCHUL_IDP_CLIENT_SECRET!,
    });
    return alias;
  };
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.close());

  it("when a teacher logs in through their school's IdP, then they land in that school as a teacher without a password of ours", async () => {
    const school = await createSchoolWithOrganization(server.dbs.platform);
    const alias = await schoolIdp(school);
    const portalUser = await createUser({ roles: ['lehrkraft'], realm: SCHOOL_REALM });

    const browser = new Browser();
    const outcome = await loginThroughApp(browser, server.baseUrl, portalUser, `/auth/login?idp=${alias}`);
    expect(outcome.isLoggedIn).toBe(true);
    expect(outcome.stepsSeen).toEqual(['kc-form-login']); // the school portal's form, nothing of ours

    const me = (await apiFor(browser, server.baseUrl).get('/me')).body;
    expect(me.roles).toEqual(['teacher']);
    expect(me.school.id).toBe(school.id);
    const localUser = await keycloakAdmin.getUser(me.id);
    expect(localUser!.username).toBe(`${alias}.${portalUser.username}`);
    expect(await keycloakAdmin.listUserCredentials(me.id)).toEqual([]);
  });

  it("when a pupil of school A's IdP logs in, then they land in school A, never in school B", async () => {
    const schoolA = await createSchoolWithOrganization(server.dbs.platform);
    const schoolB = await createSchoolWithOrganization(server.dbs.platform);
    const aliasA = await schoolIdp(schoolA);
    await schoolIdp(schoolB);
    const pupil = await createUser({ roles: ['schueler'], realm: SCHOOL_REALM });

    const browser = new Browser();
    expect((await loginThroughApp(browser, server.baseUrl, pupil, `/auth/login?idp=${aliasA}`)).isLoggedIn).toBe(true);
    const me = (await apiFor(browser, server.baseUrl).get('/me')).body;
    expect(me.roles).toEqual(['pupil']);
    expect(me.school.id).toBe(schoolA.id);
    const membersOfB = await keycloakAdmin.listOrganizationMemberIds(schoolB.orgId);
    expect(membersOfB).not.toContain(me.id);
  });

  it('when the IdP alias in the login link is malformed, then the app refuses it with a clear message', async () => {
    const res = await fetch(`${server.baseUrl}/auth/login?idp=../../evil`, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/idp/);
  });
});
