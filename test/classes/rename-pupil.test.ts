// GDPR Art. 16 for pupils: a teacher corrects a pupil's username. The pupil then logs in under the
// new name only, every list shows it, and the rules for pseudonyms still hold.
import { createHash, randomBytes } from 'node:crypto';
import { registerSchoolIdentityProvider } from '../../app/auth';
import { Browser } from '../support/browser';
import { createUser, keycloakAdmin, registerClientCopy } from '../support/keycloak';
import { answerKeycloak, loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn, type SignedInApi } from '../support/suites';

const SCHOOL_REALM = 'schul-idp-demo';
const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

// Keycloak's own account console as the user (a copy of its client, asking this test's app for the
// country decision), signed in as the console signs in: code flow with PKCE. Gives the console's
// access token; the client copy goes when the test calls remove().
async function accountConsoleAs(user: { username: string; password: string }, decisionUrl: string) {
  const copy = await registerClientCopy('account-console', decisionUrl);
  // The copy lacks the console's scope mapping to the account roles: all roles go in the token.
  const client = (await keycloakAdmin.findClient(copy.clientId))!;
  await keycloakAdmin.updateClient(client.id!, { ...client, fullScopeAllowed: true });
  const realm = `${process.env.KEYCLOAK_URL}/realms/schulid`;
  const redirectUri = `${realm}/account/`;
  const verifier = randomBytes(32).toString('base64url');
  const login = `${realm}/protocol/openid-connect/auth?${new URLSearchParams({
    client_id: copy.clientId,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid',
    state: randomBytes(8).toString('hex'),
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  })}`;
  const browser = new Browser();
  const outcome = await answerKeycloak(browser, await browser.get(login), user, (page) =>
    page.url.startsWith(redirectUri),
  );
  const tokens = await fetch(`${realm}/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: copy.clientId,
      code: new URL(outcome.page.url).searchParams.get('code') ?? '',
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const { access_token: token } = (await tokens.json()) as { access_token: string };
  return { token, remove: copy.remove };
}

describe("renaming a pupil's username", () => {
  const env = serverWithSchool();

  async function classWithPupil(teacher: SignedInApi) {
    const schoolClass = (await teacher.post('/classes', { name: '4b', grade: 4, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { usernames: [unique('alt')] })).body
      .pupils;
    return {
      classId: schoolClass.id as string,
      pupil: pupil as { pupilId: string; username: string; oneTimePassword: string },
    };
  }
  const auditRows = (classId: string) =>
    env.server.dbs.platform.auditEvent.findMany({ where: { targetId: classId, action: 'class.pupil_renamed' } });

  it('when a teacher renames a pupil, then the pupil logs in with the new name, not the old one, and the class list shows it', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { classId, pupil } = await classWithPupil(teacher);
    const newName = unique('neu');

    const renamed = await teacher.put(`/classes/${classId}/pupils/${pupil.pupilId}/username`, { username: newName });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ pupilId: pupil.pupilId, username: newName });
    expect((await teacher.get(`/classes/${classId}/pupils`)).body.pupils).toEqual([
      { pupilId: pupil.pupilId, username: newName },
    ]);
    expect((await keycloakAdmin.getUser(pupil.pupilId))!.username).toBe(newName);
    const audit = await auditRows(classId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: teacher.user.id,
      targetType: 'class',
      details: { pupil: pupil.pupilId },
    });
    expect(JSON.stringify(audit)).not.toContain(newName);

    const withOldName = await loginThroughApp(new Browser(), env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
    });
    expect(withOldName.isLoggedIn).toBe(false);
    const device = new Browser();
    const withNewName = await loginThroughApp(device, env.server.baseUrl, {
      username: newName,
      password: pupil.oneTimePassword,
      newPassword: 'Rechnen-macht-Spass-7',
    });
    expect(withNewName.isLoggedIn).toBe(true);
    expect(withNewName.stepsSeen).toEqual(['kc-form-login', 'kc-passwd-update-form']); // the one-time password still applies
    expect((await apiFor(device, env.server.baseUrl).get('/me')).body.id).toBe(pupil.pupilId);
  });

  it('when the new name is taken in the realm, then 409 and the pupil keeps their name', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { classId, pupil } = await classWithPupil(teacher);
    const someoneElse = await createUser({ roles: ['pupil'] });

    const taken = await teacher.put(`/classes/${classId}/pupils/${pupil.pupilId}/username`, {
      username: someoneElse.username,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'username_taken' });
    expect((await teacher.get(`/classes/${classId}/pupils`)).body.pupils).toEqual([
      { pupilId: pupil.pupilId, username: pupil.username },
    ]);
    expect((await keycloakAdmin.getUser(pupil.pupilId))!.username).toBe(pupil.username);
    expect(await auditRows(classId)).toEqual([]);
  });

  it('when the new name breaks the rules for pseudonyms, then 400 says which rules', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { classId, pupil } = await classWithPupil(teacher);
    for (const username of ['Max Mustermann', 'max.mustermann@schule.de', 'ab', 'a'.repeat(31), '7zwerge', 'anna_b']) {
      const refused = await teacher.put(`/classes/${classId}/pupils/${pupil.pupilId}/username`, { username });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain('3–30 lower-case letters, digits or dashes');
    }
    expect((await keycloakAdmin.getUser(pupil.pupilId))!.username).toBe(pupil.username);
  });

  it('when a teacher of another class tries, then it is refused; a school admin may', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const other = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const { classId, pupil } = await classWithPupil(teacher);
    const otherClass = (await other.post('/classes', { name: '4c', grade: 4, schoolYear: '2026/27' })).body;

    const notTheirs = await other.put(`/classes/${classId}/pupils/${pupil.pupilId}/username`, {
      username: unique('fremd'),
    });
    expect(notTheirs.status).toBe(403);
    const notInClass = await other.put(`/classes/${otherClass.id}/pupils/${pupil.pupilId}/username`, {
      username: unique('fremd'),
    });
    expect(notInClass.status).toBe(404);
    expect((await keycloakAdmin.getUser(pupil.pupilId))!.username).toBe(pupil.username);

    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const byAdmin = await admin.put(`/classes/${classId}/pupils/${pupil.pupilId}/username`, {
      username: unique('leitung'),
    });
    expect(byAdmin.status).toBe(200);
  });

  it("when the pupil logs in through the school's own SSO, then 409 says the school's system owns the name", async () => {
    const alias = `idp-${env.school.slug}`;
    await registerSchoolIdentityProvider(keycloakAdmin, env.school.orgId, {
      alias,
      displayName: 'Schulportal',
      issuer: `${env.server.config.KEYCLOAK_URL}/realms/${SCHOOL_REALM}`,
      clientId: 'schulid-broker',
      clientSecret: process.env.SCHUL_IDP_CLIENT_SECRET!,
    });
    const portalPupil = await createUser({ roles: ['schueler'], realm: SCHOOL_REALM });
    const device = new Browser();
    expect(
      (await loginThroughApp(device, env.server.baseUrl, portalPupil, `/auth/login?idp=${alias}`)).isLoggedIn,
    ).toBe(true);
    const pupilId = (await apiFor(device, env.server.baseUrl).get('/me')).body.id as string;
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const schoolClass = (await teacher.post('/classes', { name: '4d', grade: 4, schoolYear: '2026/27' })).body;
    expect((await teacher.post(`/classes/${schoolClass.id}/members`, { pupilIds: [pupilId] })).status).toBe(201);

    const refused = await teacher.put(`/classes/${schoolClass.id}/pupils/${pupilId}/username`, {
      username: unique('neu'),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain("school's own system");
    expect((await keycloakAdmin.getUser(pupilId))!.username).toBe(`${alias}.${portalPupil.username}`);
  });

  it('when a pupil tries to rename themselves in Keycloak’s account console, then the username stays', async () => {
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const accountConsole = await accountConsoleAs(pupil, `${env.server.internalUrl}/internal/login-decisions`);
    try {
      const account = `${process.env.KEYCLOAK_URL}/realms/schulid/account/`;
      const headers = {
        authorization: `Bearer ${accountConsole.token}`,
        'content-type': 'application/json',
        accept: 'application/json',
      };
      const mine = await (await fetch(account, { headers })).json();
      expect(mine.username).toBe(pupil.username);

      const renamed = await fetch(account, {
        method: 'POST',
        headers,
        body: JSON.stringify({ ...mine, username: unique('selbst') }),
      });
      expect(renamed.status).toBe(400);
      // The realm allows admins to edit usernames (for this rename); its user profile, admins only.
      expect((await renamed.json()).errorMessage).toBe('error-user-attribute-read-only');
      expect((await keycloakAdmin.getUser(pupil.id))!.username).toBe(pupil.username);
    } finally {
      await accountConsole.remove();
    }
  });
});
