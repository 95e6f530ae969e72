import { renameSchool } from '../../app/schools';
import { inProcessApp } from '../support/suites';
import { createTestSchool } from '../support/factories';

describe('audit rows go with the change they record', () => {
  const env = inProcessApp();

  it('when a school is created, then its creation is audited', async () => {
    const school = await createTestSchool(env.testApp.dbs.platform);
    const events = await env.testApp.dbs.platform.auditEvent.findMany({ where: { schoolId: school.id } });
    expect(events.map((event) => event.action)).toEqual(['school.created']);
  });

  it('when a school is renamed, then the new name and its audit row are both stored', async () => {
    const { schoolDb: app, platform } = env.testApp.dbs;
    const school = await createTestSchool(platform, 'Alter Name');
    await renameSchool(app, school.id, 'actor-1', 'Neuer Name');
    expect((await platform.school.findUnique({ where: { id: school.id } }))?.name).toBe('Neuer Name');
    const audit = await platform.auditEvent.findMany({ where: { schoolId: school.id, action: 'school.renamed' } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: 'actor-1', targetType: 'school', targetId: school.id });
  });

  it('when the audit row cannot be written, then the rename is rolled back too', async () => {
    const { schoolDb: app, platform } = env.testApp.dbs;
    const school = await createTestSchool(platform, 'Bleibt');
    const tooLongActor = 'a'.repeat(65); // audit_events.actor_id holds at most 64 characters
    await expect(renameSchool(app, school.id, tooLongActor, 'Geändert')).rejects.toThrow();
    expect((await platform.school.findUnique({ where: { id: school.id } }))?.name).toBe('Bleibt');
    expect(await platform.auditEvent.count({ where: { schoolId: school.id, action: 'school.renamed' } })).toBe(0);
  });

  it('when the new name is invalid, then it is refused with a clear message and nothing is written', async () => {
    const { schoolDb: app, platform } = env.testApp.dbs;
    const school = await createTestSchool(platform, 'Bleibt');
    await expect(renameSchool(app, school.id, 'actor-1', ' ')).rejects.toThrow(/a school needs a name/);
    expect(await platform.auditEvent.count({ where: { schoolId: school.id, action: 'school.renamed' } })).toBe(0);
  });
});
