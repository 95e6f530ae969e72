// Optional per school: terms of use confirmed at the next login (Keycloak's required action). On,
// every account of the school that has not accepted is asked once; new accounts at their first login.
import { Browser } from '../support/browser';
import { createUser, keycloakAdmin } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { serverWithSchool, signIn } from '../support/suites';

const NEW_PASSWORD = 'Regeln-sind-wichtig-5';

describe("a school's terms of use at login", () => {
  const env = serverWithSchool();

  it('when the school admin turns the terms on, then a pupil is asked once at the next login, and declining keeps them out', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    const turnedOn = await admin.put('/school/terms', { isRequired: true });
    expect(turnedOn.status).toBe(200);
    expect(turnedOn.body.isTermsAcceptanceRequired).toBe(true);

    const declined = await loginThroughApp(new Browser(), env.server.baseUrl, { ...pupil, isDecliningTerms: true });
    expect(declined.stepsSeen).toEqual(['kc-form-login', 'terms']);
    expect(declined.isLoggedIn).toBe(false);
    const accepted = await loginThroughApp(new Browser(), env.server.baseUrl, pupil);
    expect(accepted.stepsSeen).toEqual(['kc-form-login', 'terms']);
    expect(accepted.isLoggedIn).toBe(true);
    expect((await keycloakAdmin.getUser(pupil.id))!.attributes?.terms_and_conditions).toHaveLength(1);
    const again = await loginThroughApp(new Browser(), env.server.baseUrl, pupil);
    expect(again.stepsSeen).toEqual(['kc-form-login']);

    const audit = await env.server.dbs.platform.auditEvent.findMany({
      where: { schoolId: env.school.id, action: 'school.terms.enabled' },
    });
    expect(audit.map((row) => row.actorId)).toEqual([admin.user.id]);
    expect((await admin.put('/school/terms', { isRequired: false })).status).toBe(200);
  });

  it('when the terms are on, then a pupil made afterwards chooses a password and accepts them at the first login', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await admin.put('/school/terms', { isRequired: true })).status).toBe(200);
    const schoolClass = (await teacher.post('/classes', { name: '4t', grade: 4, schoolYear: '2026/27' })).body;
    const [pupil] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    const first = await loginThroughApp(new Browser(), env.server.baseUrl, {
      username: pupil.username,
      password: pupil.oneTimePassword,
      newPassword: NEW_PASSWORD,
    });
    expect(first.isLoggedIn).toBe(true);
    expect(first.stepsSeen).toContain('terms');
    expect(first.stepsSeen).toContain('kc-passwd-update-form');

    // Off again: whoever has not answered yet is not asked any more.
    const [later] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 1 })).body.pupils;
    expect((await keycloakAdmin.getUser(later.pupilId))!.requiredActions).toContain('TERMS_AND_CONDITIONS');
    expect((await admin.put('/school/terms', { isRequired: false })).status).toBe(200);
    expect((await keycloakAdmin.getUser(later.pupilId))!.requiredActions).not.toContain('TERMS_AND_CONDITIONS');
  });

  it('when a teacher asks or the body is wrong, then it is refused and nothing changes', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await teacher.put('/school/terms', { isRequired: true })).status).toBe(403);
    expect((await admin.put('/school/terms', { isRequired: 'yes' })).status).toBe(400);
    expect((await admin.put('/school/terms', {})).status).toBe(400);
    expect((await admin.get('/school')).body.isTermsAcceptanceRequired).toBe(false);
  });
});
