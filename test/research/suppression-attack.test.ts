// The adversary holds a released export and looks for traces of what suppression left out: a pupil
// whose attempt numbers do not start at 1, or whose "days since first" do not start at 0, had rows
// before that were suppressed — on a day they worked alone, which singles them out.
import { serverWithSchool } from '../support/suites';
import { attackWorld } from './attack-world';
import { exportOf, jsonlRows, type ExportRowSeen } from './export-client';

jest.setTimeout(120_000);
const ALONE = '2026-10-13';
const TOGETHER = '2026-10-14';
const LATER = '2026-10-16';

// Per pupil and template, the attempt numbers as released, sorted.
function numbersByPupil(rows: ExportRowSeen[]) {
  const numbers = new Map<string, number[]>();
  for (const row of rows) {
    const key = `${row.pupil} ${row.templateId}`;
    numbers.set(key, [...(numbers.get(key) ?? []), Number(row.attemptNumber)]);
  }
  return [...numbers.values()].map((list) => list.sort((a, b) => a - b));
}

describe('suppression that stays suppressed', () => {
  const env = serverWithSchool();
  let world: Awaited<ReturnType<typeof attackWorld>>;
  beforeAll(async () => {
    // Pupil 0 works alone one day; the next day all six work, pupil 0 twice; two days later pupil 0
    // works alone again (a group of one under days-since-first as well).
    world = await attackWorld(env.server, 6, [
      { pupil: 0, day: ALONE },
      ...[0, 0, 1, 2, 3, 4, 5].map((pupil) => ({ pupil, day: TOGETHER })),
      { pupil: 0, day: LATER },
    ]);
  });

  it('when a pupil worked alone on a day, then their next day’s attempt numbers start at 1 like their classmates’', async () => {
    const studyId = await world.study({ coarsening: 'day' });
    const { job, files } = await exportOf(world.researcher, studyId, { format: 'jsonl', suppressSmallGroups: true });
    expect(job.status).toBe('ready');
    const rows = jsonlRows(files);
    expect(rows.some((row) => row.time === ALONE || row.time === LATER)).toBe(false);
    for (const numbers of numbersByPupil(rows)) expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
    expect(rows).toHaveLength(7);
    expect(JSON.parse(files['manifest.json']!).suppressed.smallGroups).toBe(2);
  });

  it('when the time is days since first, then every released pupil starts at day 0 and no group below k is left', async () => {
    const studyId = await world.study({ coarsening: 'days-since-first' });
    const { job, files } = await exportOf(world.researcher, studyId, { format: 'jsonl', suppressSmallGroups: true });
    expect(job.status).toBe('ready');
    const rows = jsonlRows(files);
    const firstDay = new Map<string, number>();
    for (const row of rows) firstDay.set(row.pupil, Math.min(firstDay.get(row.pupil) ?? 99, Number(row.time)));
    expect([...firstDay.values()].every((day) => day === 0)).toBe(true);
    const pupilsPerDay = new Map<number, Set<string>>();
    for (const row of rows)
      pupilsPerDay.set(Number(row.time), (pupilsPerDay.get(Number(row.time)) ?? new Set()).add(row.pupil));
    for (const pupils of pupilsPerDay.values()) expect(pupils.size).toBeGreaterThanOrEqual(5);
    for (const numbers of numbersByPupil(rows)) expect(numbers).toEqual(numbers.map((_n, i) => i + 1));
  });

  it('when a later export of the study covers only the next day, then it numbers that pupil’s attempts exactly as the first export did', async () => {
    const studyId = await world.study({ coarsening: 'day' });
    const whole = jsonlRows(
      (await exportOf(world.researcher, studyId, { format: 'jsonl', suppressSmallGroups: true })).files,
    );
    const part = await exportOf(world.researcher, studyId, {
      format: 'jsonl',
      suppressSmallGroups: true,
      from: TOGETHER,
      to: TOGETHER,
    });
    const key = (row: ExportRowSeen) => `${row.pupil} ${row.attemptNumber} ${row.result}`;
    expect(new Set(jsonlRows(part.files).map(key))).toEqual(new Set(whole.map(key)));
  });
});
