// The adversaries of the issue, played against real exports: the school with its own records, and a
// researcher with two studies of the same school and period joining them on durations.
import { serverWithSchool } from '../support/suites';
import { attackWorld, type PlannedAttempt } from './attack-world';
import { exportOf, jsonlRows } from './export-client';

jest.setTimeout(120_000);
const DAY = '2026-10-13';

// Six pupils, two attempts each: durations far apart (each a join key), or all within a second.
const plan = (isLinkable: boolean): PlannedAttempt[] =>
  [0, 1, 2, 3, 4, 5].flatMap((pupil) =>
    [0, 1].map((n) => ({
      pupil,
      day: DAY,
      durationMs: isLinkable ? 10_000 + 17_000 * pupil + 7_000 * n : 20_000 + 150 * pupil + 40 * n,
      activeMs: isLinkable ? 8_000 + 13_000 * pupil : 15_000,
    })),
  );

describe('durations that are no join key, and the linkage check', () => {
  const env = serverWithSchool();

  it('when two studies export the same attempts, then each value is whole seconds, differs between the studies, and the codebook states the error added', async () => {
    const world = await attackWorld(env.server, 6, plan(true));
    const [a, b] = await Promise.all(
      [0, 1].map(() => world.study({ coarsening: 'day', linkageThresholdPercent: 100 })),
    );
    const exports = [];
    for (const studyId of [a!, b!]) exports.push(await exportOf(world.researcher, studyId, { format: 'jsonl' }));
    const released = await Promise.all(
      exports.map(({ job }) => env.server.dbs.platform.studyExportRow.findMany({ where: { exportId: job.id } })),
    );
    const raw = new Map(
      (await env.server.dbs.platform.attempt.findMany({ where: { id: { in: world.attemptIds } } })).map((x) => [
        x.id,
        x,
      ]),
    );
    for (const [i, { files }] of exports.entries()) {
      const rows = jsonlRows(files);
      expect(rows.map((r) => r.durationMs).sort()).toEqual(released[i]!.map((r) => r.durationMs).sort());
      expect(rows.every((r) => Number(r.durationMs) % 1000 === 0 && Number(r.activeMs) % 1000 === 0)).toBe(true);
      const errors = released[i]!.map((r) => Math.abs(r.durationMs - raw.get(r.attemptId)!.durationMs!));
      expect(Math.max(...errors)).toBeLessThanOrEqual(2500);
      const codebook = JSON.parse(files['codebook.json']!);
      const mean = errors.reduce((sum, e) => sum + e, 0) / errors.length;
      expect(codebook.perturbation).toMatchObject({ precisionMs: 1000, durationMeanAbsoluteErrorMs: Math.round(mean) });
    }
    const inB = new Map(released[1]!.map((r) => [r.attemptId, r]));
    const same = released[0]!.filter(
      (r) => inB.get(r.attemptId)!.durationMs === r.durationMs && inB.get(r.attemptId)!.activeMs === r.activeMs,
    );
    expect(same.length).toBeLessThan(released[0]!.length / 2);
  });

  it('when durations single pupils out to the school, then the export is refused with the linkage report', async () => {
    const world = await attackWorld(env.server, 6, plan(true));
    const { job, files } = await exportOf(world.researcher, await world.study({ coarsening: 'day' }), {
      format: 'csv',
    });
    expect(job.status).toBe('refused');
    expect(job.problem).toMatch(/linkage check singles out more than 5 %/);
    expect(job.riskReport.linkage).toMatchObject({
      thresholdPercent: 5,
      pupils: 6,
      school: { singledOut: 6, sharePercent: 100 },
    });
    expect(files).toEqual({});
  });

  it('when a researcher holds another study’s export of the same school and period, then the check counts the pupils a join on durations links', async () => {
    const world = await attackWorld(env.server, 6, plan(true));
    const first = await exportOf(
      world.researcher,
      await world.study({ coarsening: 'week', linkageThresholdPercent: 100 }),
      { format: 'jsonl' },
    );
    expect(first.job.riskReport.linkage.otherStudies).toEqual({ exportsCompared: 0, linked: 0, sharePercent: 0 });
    const second = await exportOf(
      world.researcher,
      await world.study({ coarsening: 'day', linkageThresholdPercent: 100 }),
      { format: 'jsonl' },
    );
    expect(second.job.status).toBe('ready');
    expect(second.job.riskReport.linkage.otherStudies).toEqual({ exportsCompared: 1, linked: 6, sharePercent: 100 });
    expect(JSON.parse(second.files['manifest.json']!).riskReport.linkage.otherStudies.linked).toBe(6);
  });

  it('when durations are alike and so are the rows, then neither attack singles anyone out and the export is released', async () => {
    const world = await attackWorld(env.server, 6, plan(false));
    await exportOf(world.researcher, await world.study({ coarsening: 'week', linkageThresholdPercent: 100 }), {
      format: 'csv',
    });
    const { job } = await exportOf(world.researcher, await world.study({ coarsening: 'day' }), { format: 'csv' });
    expect(job.status).toBe('ready');
    expect(job.riskReport.linkage).toMatchObject({
      school: { singledOut: 0 },
      otherStudies: { exportsCompared: 1, linked: 0 },
      earlierExportsOfStudy: { revealed: 0 },
      isAboveThreshold: false,
    });
  });

  it('when an earlier export of the study released a row this study now suppresses, then the export is refused', async () => {
    const world = await attackWorld(env.server, 6, [...plan(false), { pupil: 0, day: '2026-10-15' }]);
    const studyId = await world.study({ coarsening: 'day' });
    // An export made before suppression stayed suppressed: it released pupil 0's lone row.
    const earlier = await env.server.dbs.platform.studyExport.create({
      data: {
        studyId,
        requestedBy: world.researcher.user.id,
        status: 'ready',
        options: { format: 'csv' },
        filesDeletedAt: new Date(),
      },
    });
    await env.server.dbs.platform.studyExportRow.create({
      data: { exportId: earlier.id, attemptId: world.attemptIds.at(-1)!, durationMs: 20_000, activeMs: 15_000 },
    });
    const { job } = await exportOf(world.researcher, studyId, { format: 'csv', suppressSmallGroups: true });
    expect(job.status).toBe('refused');
    expect(job.riskReport.linkage.earlierExportsOfStudy).toEqual({ revealed: 1, sharePercent: 16.7 });
  });
});
