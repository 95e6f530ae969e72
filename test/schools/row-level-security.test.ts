import { listAuditEvents, recordAudit } from '../../app/audit';
import { findVisibleSchools } from '../../app/schools';
import { inSchool } from '../../app/lib/db';
import { inProcessApp } from '../support/suites';
import { createTestSchool } from '../support/factories';

describe('schools are isolated by the database itself', () => {
  const env = inProcessApp();

  it("when a deliberately unfiltered query runs in school A's context, then it returns only A's rows", async () => {
    const { schoolDb: db, platform } = env.testApp.dbs;
    const schoolA = await createTestSchool(platform, 'Schule A');
    const schoolB = await createTestSchool(platform, 'Schule B');

    const [schools, audit] = await inSchool(db, schoolA.id, async (tx) => [
      await findVisibleSchools(tx),
      await listAuditEvents(tx, 1000),
    ]);

    expect(schools.map((s) => s.id)).toEqual([schoolA.id]);
    expect(audit.length).toBeGreaterThan(0);
    expect(new Set(audit.map((event) => event.schoolId))).toEqual(new Set([schoolA.id]));
    expect(audit.some((event) => event.schoolId === schoolB.id)).toBe(false);
  });

  it('when no school is set, then school-scoped tables look empty to the app (deny by default)', async () => {
    await createTestSchool(env.testApp.dbs.platform);
    expect(await env.testApp.dbs.schoolDb.school.findMany()).toEqual([]);
    expect(await env.testApp.dbs.schoolDb.auditEvent.count()).toBe(0);
  });

  it("when the app writes a row for school B in school A's context, then the database refuses it", async () => {
    const { schoolDb: db, platform } = env.testApp.dbs;
    const schoolA = await createTestSchool(platform);
    const schoolB = await createTestSchool(platform);
    const write = inSchool(db, schoolA.id, (tx) =>
      recordAudit(tx, {
        schoolId: schoolB.id,
        actorId: 'x',
        action: 'test.write',
        targetType: 'school',
        targetId: schoolB.id,
      }),
    );
    await expect(write).rejects.toThrow(/row-level security/);
    const bAudit = await platform.auditEvent.count({ where: { schoolId: schoolB.id, action: 'test.write' } });
    expect(bAudit).toBe(0);
  });

  it("when the app changes school B's name in school A's context, then nothing changes", async () => {
    const { schoolDb: db, platform } = env.testApp.dbs;
    const schoolA = await createTestSchool(platform);
    const schoolB = await createTestSchool(platform, 'Original');
    const changed = await inSchool(db, schoolA.id, (tx) =>
      tx.school.updateMany({ where: { id: schoolB.id }, data: { name: 'Hijacked' } }),
    );
    expect(changed.count).toBe(0);
    expect((await platform.school.findUnique({ where: { id: schoolB.id } }))?.name).toBe('Original');
  });

  it('when the app role tries to switch row-level security off, then PostgreSQL refuses', async () => {
    const { schoolDb: db } = env.testApp.dbs;
    await expect(db.$executeRawUnsafe('ALTER TABLE schools DISABLE ROW LEVEL SECURITY')).rejects.toThrow(
      /must be owner/,
    );
    await expect(db.$executeRawUnsafe('DROP POLICY school_isolation ON schools')).rejects.toThrow(/must be owner/);
    const attributes = await db.$queryRaw<{ rolbypassrls: boolean; rolsuper: boolean }[]>`
      SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user`;
    expect(attributes).toEqual([{ rolbypassrls: false, rolsuper: false }]);
  });

  it('when platform-wide work runs through the platform role, then it sees every school', async () => {
    const { platform } = env.testApp.dbs;
    const schoolA = await createTestSchool(platform);
    const schoolB = await createTestSchool(platform);
    const seen = await platform.school.findMany({ where: { id: { in: [schoolA.id, schoolB.id] } } });
    expect(seen).toHaveLength(2);
  });

  it('when a school id is not a UUID, then the school context refuses it before touching the database', async () => {
    await expect(inSchool(env.testApp.dbs.schoolDb, "x' OR true --", async () => 1)).rejects.toMatchObject({
      status: 400,
    });
  });
});
