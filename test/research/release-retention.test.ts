// The record of released rows (study_export_rows) is kept while a later export could be checked
// against it, and deleted by the hourly job once none can: timestamps and ranges set in the
// database, no waiting.
import { randomUUID } from 'node:crypto';
import { deleteExpiredReleaseRecords } from '../../app/research';
import { createTestSchool } from '../support/factories';
import { inProcessApp } from '../support/suites';

describe('how long the record of released rows is kept', () => {
  const env = inProcessApp();

  async function world() {
    const { platform } = env.testApp.dbs;
    const school = await createTestSchool(platform);
    const otherSchool = await createTestSchool(platform);
    const attempt = async (day: string) => {
      const startedAt = new Date(`${day}T09:00:00+01:00`);
      const { id } = await platform.attempt.create({
        data: {
          schoolId: school.id,
          pupilId: randomUUID(),
          templateId: 'fr-add-same',
          templateVersion: 1,
          seed: 1,
          topic: 'fractions-add',
          difficulty: 1,
          startedAt,
          expiresAt: new Date(startedAt.getTime() + 1_800_000),
          submittedAt: new Date(startedAt.getTime() + 20_000),
          durationMs: 20_000,
          result: 'correct',
          normalizedAnswer: '3/4',
        },
        select: { id: true },
      });
      return id;
    };
    const study = async (from: string, to: string, endedAt: Date | null, schoolId = school.id) =>
      (
        await platform.study.create({
          data: {
            name: 'retention',
            purpose: 'retention test',
            rangeFrom: new Date(from),
            rangeTo: new Date(to),
            createdBy: 'test',
            endedAt,
            sealedKey: endedAt ? null : 'sealed',
            schools: { create: [{ schoolId, isOptedIn: false }] },
          },
          select: { id: true },
        })
      ).id;
    const released = async (studyId: string, attemptIds: string[]) => {
      const { id } = await platform.studyExport.create({
        data: {
          studyId,
          requestedBy: 'test',
          status: 'ready',
          options: { format: 'csv', coarsening: 'day', from: '2026-09-01', to: '2027-07-31', topics: null },
          filesDeletedAt: new Date(),
        },
        select: { id: true },
      });
      await platform.studyExportRow.createMany({
        data: attemptIds.map((attemptId) => ({ exportId: id, attemptId, durationMs: 20_000, activeMs: null })),
      });
      return id;
    };
    const kept = async (exportIds: string[]) =>
      (
        await platform.studyExportRow.findMany({
          where: { exportId: { in: exportIds } },
          select: { exportId: true, attemptId: true },
        })
      ).map((r) => `${exportIds.indexOf(r.exportId)}:${r.attemptId}`);
    return { platform, school, otherSchool, attempt, study, released, kept };
  }
  const ago = (days: number) => new Date(Date.now() - days * 86_400_000);

  it('when a study ended and no running study may export the same school and week, then its record is deleted; what a running study may still need is kept', async () => {
    const w = await world();
    // Weeks of Monday 2026-11-09 (Sunday the 15th ends it), of the 16th and of the 23rd.
    const [early, earlySunday, mid, late, erased] = [
      await w.attempt('2026-11-10'),
      await w.attempt('2026-11-15'),
      await w.attempt('2026-11-17'),
      await w.attempt('2026-11-24'),
      randomUUID(), // an attempt since erased with its pupil
    ];
    const ended = await w.study('2026-09-01', '2027-07-31', ago(2));
    const endedExport = await w.released(ended, [early, earlySunday, late]);
    // Still running: a study of the same school whose range ends on the Monday of the early week
    // (the week touches it: its researchers' export is joined on the week), one of another school
    // over the late week, and one of the middle week, one of whose released attempts is gone.
    await w.study('2026-09-01', '2026-11-09', null);
    await w.study('2026-11-01', '2026-12-31', null, w.otherSchool.id);
    const running = await w.study('2026-11-16', '2026-11-22', null);
    const runningExport = await w.released(running, [mid, erased]);

    await deleteExpiredReleaseRecords(env.testApp.dbs.platformPool, 2);

    expect((await w.kept([endedExport, runningExport])).sort()).toEqual(
      [`0:${early}`, `0:${earlySunday}`, `1:${mid}`].sort(),
    );
  });

  it('when the last study that may export that school and week ends, then the record goes at the next run, and running again deletes nothing more', async () => {
    const w = await world();
    const ids = [await w.attempt('2026-11-10'), await w.attempt('2026-11-11'), await w.attempt('2026-11-12')];
    const first = await w.study('2026-09-01', '2027-07-31', ago(30));
    const firstExport = await w.released(first, ids);
    const second = await w.study('2026-11-01', '2026-11-30', null);
    const secondExport = await w.released(second, ids.slice(0, 1));

    await deleteExpiredReleaseRecords(env.testApp.dbs.platformPool, 2);
    expect(await w.kept([firstExport, secondExport])).toHaveLength(4);

    await w.platform.study.update({ where: { id: second }, data: { endedAt: ago(0), sealedKey: null } });
    await deleteExpiredReleaseRecords(env.testApp.dbs.platformPool, 2);
    expect(await w.kept([firstExport, secondExport])).toEqual([]);
    expect(await w.platform.studyExport.count({ where: { id: { in: [firstExport, secondExport] } } })).toBe(2);
    await expect(deleteExpiredReleaseRecords(env.testApp.dbs.platformPool, 2)).resolves.toBeGreaterThanOrEqual(0);
    expect(await w.kept([firstExport, secondExport])).toEqual([]);
  });
});
