// Staff accounts run by the school's admins: created with a one-time password (own password and
// TOTP at the first login), roles changed (a role taken away ends the sessions), disabled and
// enabled; only the school's own staff, never the admin's own role or account.
import { randomBytes } from 'node:crypto';
import { Browser } from '../support/browser';
import { createSchoolWithOrganization, createUser } from '../support/keycloak';
import { loginThroughApp } from '../support/login';
import { apiFor, serverWithSchool, signIn } from '../support/suites';

describe('staff accounts', () => {
  const env = serverWithSchool();
  const handle = () => `lk-${randomBytes(4).toString('hex')}`;

  it('when a school admin creates a teacher, then the teacher logs in with the one-time password, chooses their own and sets up TOTP', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const username = handle();
    const created = await admin.post('/school/staff', { username, roles: ['teacher'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username, roles: ['teacher'], oneTimePassword: expect.any(String) });
    const staff = (await admin.get('/school/staff')).body.staff;
    expect(staff).toContainEqual({ id: created.body.id, username, roles: ['teacher'], isEnabled: true });
    expect(JSON.stringify(staff)).not.toContain(created.body.oneTimePassword);

    const browser = new Browser();
    const outcome = await loginThroughApp(browser, env.server.baseUrl, {
      username,
      password: created.body.oneTimePassword,
      newPassword: 'Eigenes-Passwort-2026',
    });
    expect(outcome.stepsSeen).toHaveLength(3);
    expect(outcome.stepsSeen).toEqual(
      expect.arrayContaining(['kc-form-login', 'kc-passwd-update-form', 'kc-totp-settings-form']),
    );
    expect(outcome.isLoggedIn).toBe(true);
    expect((await apiFor(browser, env.server.baseUrl).get('/me')).body.roles).toEqual(['teacher']);
    expect((await admin.post('/school/staff', { username, roles: ['teacher'] })).status).toBe(409);
    expect((await admin.post('/school/staff', { username: 'Frau Müller', roles: ['teacher'] })).status).toBe(400);
    expect((await admin.post('/school/staff', { username: handle(), roles: ['platform-admin'] })).status).toBe(400);
  });

  it('when a role is taken away or the account disabled, then the person’s sessions end; enabled again, they can log in', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher', 'school-admin'], env.school);
    const id = teacher.user.id;
    expect((await admin.put(`/school/staff/${id}/roles`, { roles: ['teacher'] })).body).toEqual({
      id,
      roles: ['teacher'],
    });
    expect((await teacher.get('/me')).status).toBe(401);

    expect((await admin.put(`/school/staff/${id}/enabled`, { isEnabled: false })).status).toBe(200);
    // Refused at the password already (the one-time code is never asked for).
    const refused = await loginThroughApp(new Browser(), env.server.baseUrl, teacher.user);
    expect({ isLoggedIn: refused.isLoggedIn, steps: refused.stepsSeen }).toEqual({
      isLoggedIn: false,
      steps: ['kc-form-login'],
    });
    expect((await admin.get('/school/staff')).body.staff).toContainEqual(
      expect.objectContaining({ id, isEnabled: false }),
    );
    expect((await admin.put(`/school/staff/${id}/enabled`, { isEnabled: true })).status).toBe(200);
    // Past the password again, on to the one-time code (this 30-s code was used at the sign-in above).
    const again = await loginThroughApp(new Browser(), env.server.baseUrl, teacher.user);
    expect(again.stepsSeen.slice(0, 2)).toEqual(['kc-form-login', 'kc-otp-login-form']);
    const audit = await env.server.dbs.platform.auditEvent.findMany({
      where: { targetId: id },
      orderBy: { createdAt: 'asc' },
    });
    expect(audit.map((row) => row.action)).toEqual(['staff.roles_set', 'staff.disabled', 'staff.enabled']);
  });

  it('when an admin reaches beyond their school or at their own admin rights, then it is refused', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const elsewhere = await createSchoolWithOrganization(env.server.dbs.platform);
    const foreignTeacher = await createUser({ roles: ['teacher'], school: elsewhere });
    const pupil = await createUser({ roles: ['pupil'], school: env.school });
    expect((await admin.put(`/school/staff/${foreignTeacher.id}/enabled`, { isEnabled: false })).status).toBe(404);
    expect((await admin.put(`/school/staff/${pupil.id}/roles`, { roles: ['school-admin'] })).status).toBe(404);
    expect((await admin.put(`/school/staff/${admin.user.id}/roles`, { roles: ['teacher'] })).status).toBe(409);
    expect((await admin.put(`/school/staff/${admin.user.id}/enabled`, { isEnabled: false })).status).toBe(409);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    expect((await teacher.get('/school/staff')).status).toBe(403);
    expect((await teacher.post('/school/staff', { username: handle(), roles: ['teacher'] })).status).toBe(403);
  });
});
