// Every administrative act leaves one audit row under its actor's id (the school's audit log, shown
// on /schule/protokoll, 56 days): walked through the API as a school admin and a teacher would.
import { createUser } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

jest.setTimeout(120_000);

describe('the audit log records every administrative act', () => {
  const env = serverWithSchool();

  it('when a school admin and a teacher run through their work, then each act has its audit row under their id', async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const colleague = await createUser({ roles: ['teacher'], school: env.school });
    const ok = (status: number) => expect([200, 201, 204]).toContain(status);

    // The school admin's acts.
    ok((await admin.put('/school/two-factor', { isRequiredForAll: true })).status);
    ok((await admin.put('/school/two-factor', { isRequiredForAll: false })).status);
    ok((await admin.put('/school/terms', { isRequired: true })).status);
    ok((await admin.put('/school/terms', { isRequired: false })).status);
    ok((await admin.put('/school/name', { name: `Schule am Audit ${env.school.slug}` })).status);
    ok(
      (
        await admin.put('/school/privacy-contacts', {
          controllerContact: 'Sekretariat',
          dpoName: null,
          dpoContact: null,
        })
      ).status,
    );
    ok((await admin.put('/school/login-countries/pupil', { countries: ['DE', 'AT'] })).status);
    ok(
      (
        await admin.put('/school/login-address-policy', {
          isPrivateAddressLoginAllowed: true,
          isUnknownCountryLoginAllowed: true,
        })
      ).status,
    );
    ok((await admin.put('/school/inactivity', { months: 24 })).status);
    const staff = (await admin.post('/school/staff', { username: `lk-audit-${Date.now()}`, roles: ['teacher'] })).body;
    ok((await admin.put(`/school/staff/${staff.id}/roles`, { roles: ['teacher', 'school-admin'] })).status);
    ok((await admin.put(`/school/staff/${staff.id}/enabled`, { isEnabled: false })).status);
    ok((await admin.put(`/school/staff/${staff.id}/enabled`, { isEnabled: true })).status);

    // The teacher's acts.
    const schoolClass = (await teacher.post('/classes', { name: '5z', grade: 5, schoolYear: '2026/27' })).body;
    const [pupil, other] = (await teacher.post(`/classes/${schoolClass.id}/pupils`, { count: 2 })).body.pupils;
    ok((await teacher.post(`/classes/${schoolClass.id}/teachers`, { teacherId: colleague.id })).status);
    ok((await teacher.post(`/classes/${schoolClass.id}/assignments`, { topic: 'add-subtract' })).status);
    ok((await teacher.post(`/classes/${schoolClass.id}/login-cards`, { pupilIds: [pupil.pupilId] })).status);
    ok(
      (
        await teacher.put(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}/username`, {
          username: `neu-${Date.now()}`,
        })
      ).status,
    );
    ok(
      (await teacher.put(`/classes/${schoolClass.id}/pupils/${pupil.pupilId}/research-objection`, { objects: true }))
        .status,
    );
    ok((await teacher.delete(`/classes/${schoolClass.id}/pupils/${other.pupilId}`)).status);
    ok((await teacher.post(`/bin/accounts/${other.pupilId}/restore`)).status);

    // Back to the school admin: a pupil's data for the parents, a freeze and its lifting.
    ok((await admin.get(`/school/pupils/${pupil.pupilId}/data`)).status);
    ok((await admin.post('/school/frozen-accounts', { userId: pupil.pupilId })).status);
    ok((await admin.delete(`/school/frozen-accounts/${pupil.pupilId}`)).status);

    const rows = await env.server.dbs.platform.auditEvent.findMany({
      where: { schoolId: env.school.id, actorId: { in: [admin.user.id, teacher.user.id] } },
      select: { action: true, actorId: true },
    });
    const byActor = (id: string) => rows.filter((row) => row.actorId === id).map((row) => row.action);
    expect(byActor(admin.user.id).sort()).toEqual(
      [
        'school.2fa_for_all.enabled',
        'school.2fa_for_all.disabled',
        'school.terms.enabled',
        'school.terms.disabled',
        'school.renamed',
        'school.privacy_contacts.changed',
        'login_countries.role_set',
        'login_countries.address_policy_set',
        'school.inactivity_set',
        'staff.created',
        'staff.roles_set',
        'staff.disabled',
        'staff.enabled',
        'pupil.data_exported',
        'account.frozen',
        'account.unfrozen',
      ].sort(),
    );
    expect(byActor(teacher.user.id).sort()).toEqual(
      [
        'class.created',
        'class.pupils_added',
        'class.teacher_added',
        'assignment.created',
        'class.passwords_reset',
        'class.pupil_renamed',
        'research.objection_recorded',
        'pupil.binned',
        'account.restored',
      ].sort(),
    );
  });
});
