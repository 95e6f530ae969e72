// GDPR Art. 16 for schools: a school admin corrects the school's name, here and in Keycloak's
// organization (whose name Keycloak's login pages show).
import { randomBytes } from 'node:crypto';
import { createSchoolWithOrganization, keycloakAdmin } from '../support/keycloak';
import { serverWithSchool, signIn } from '../support/suites';

const unique = (name: string) => `${name} ${randomBytes(4).toString('hex')}`;

describe('renaming the school', () => {
  const env = serverWithSchool();
  const auditRows = (schoolId: string) =>
    env.server.dbs.platform.auditEvent.findMany({ where: { schoolId, action: 'school.renamed' } });

  it("when a school admin renames the school, then /api/me and Keycloak's organization show the new name", async () => {
    const admin = await signIn(env.server.baseUrl, ['school-admin'], env.school);
    const name = unique('Grundschule am Park, Musterstadt');

    const renamed = await admin.put('/school/name', { name: `  ${name}  ` });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: env.school.id, name });
    expect((await admin.get('/me')).body.school).toEqual({ id: env.school.id, slug: env.school.slug, name });
    expect(await keycloakAdmin.getOrganizationName(env.school.orgId)).toBe(name);
    const audit = await auditRows(env.school.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.user.id, targetType: 'school', targetId: env.school.id });
  });

  it('when the name is empty or longer than 120 characters, then 400 and the name stays', async () => {
    const school = await createSchoolWithOrganization(env.server.dbs.platform);
    const admin = await signIn(env.server.baseUrl, ['school-admin'], school);
    for (const name of ['', '   ', 'x'.repeat(121)]) {
      const refused = await admin.put('/school/name', { name });
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/a school needs a name|at most 120 characters/);
    }
    expect((await admin.get('/me')).body.school.name).toBe('Testschule');
    expect(await keycloakAdmin.getOrganizationName(school.orgId)).toBe(school.slug);
    const longest = unique('y'.repeat(111));
    expect((await admin.put('/school/name', { name: longest })).status).toBe(200);
  });

  it('when another school already has the name, then 409 and neither record changes', async () => {
    const [first, second] = [
      await createSchoolWithOrganization(env.server.dbs.platform),
      await createSchoolWithOrganization(env.server.dbs.platform),
    ];
    const name = unique('Gesamtschule Nord');
    const firstAdmin = await signIn(env.server.baseUrl, ['school-admin'], first);
    expect((await firstAdmin.put('/school/name', { name })).status).toBe(200);
    const secondAdmin = await signIn(env.server.baseUrl, ['school-admin'], second);

    const taken = await secondAdmin.put('/school/name', { name });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ code: 'school_name_taken' });
    expect((await secondAdmin.get('/me')).body.school.name).toBe('Testschule');
    expect(await keycloakAdmin.getOrganizationName(second.orgId)).toBe(second.slug);
    expect(await auditRows(second.id)).toEqual([]);
  });

  it('when a teacher tries to rename the school, then 403', async () => {
    const teacher = await signIn(env.server.baseUrl, ['teacher'], env.school);
    const refused = await teacher.put('/school/name', { name: unique('Umbenannt') });
    expect(refused.status).toBe(403);
    expect((await teacher.get('/me')).body.school.name).not.toContain('Umbenannt');
  });
});
