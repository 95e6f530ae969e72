// The adversary holding two studies' exports of the same school and period: the finer study left a
// pupil's lone day out as a group too small; the coarser study must not release that row either.
import { serverWithSchool } from '../support/suites';
import { exportOf, jsonlRows } from './export-client';
import { buildResearchWorld, type ResearchWorld } from './fixtures';

jest.setTimeout(120_000);

const countsPerPupil = (rows: { pupil: string }[]) => {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.pupil, (counts.get(row.pupil) ?? 0) + 1);
  return [...counts.values()].sort((a, b) => a - b);
};

describe('suppression across studies', () => {
  const env = serverWithSchool();
  let world: ResearchWorld;
  beforeAll(async () => {
    world = await buildResearchWorld(env.server);
  });

  it('when a day study left a pupil alone on a day out, then a week study over the same school leaves that row out too', async () => {
    // The loner worked alone on the next day: a day group of one, left out by the day study.
    const day = await exportOf(world.researcher, world.dayStudyId, { format: 'jsonl', suppressSmallGroups: true });
    expect(day.job).toMatchObject({ status: 'ready' });
    expect(countsPerPupil(jsonlRows(day.files))).toEqual([1, 2, 3, 5, 6]);

    // Alone, the week study would release the loner's two rows (one week): [2, 2, 3, 5, 6].
    const week = await exportOf(world.researcher, world.studyId, { format: 'jsonl' });
    expect(week.job).toMatchObject({ status: 'ready' });
    expect(countsPerPupil(jsonlRows(week.files))).toEqual([1, 2, 3, 5, 6]);
  });
});
