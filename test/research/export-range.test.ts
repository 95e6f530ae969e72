// A week-coarsened study releases whole weeks only: an export asked for some weekdays is widened to
// the weeks they touch (within the study's range), so that two exports cannot be subtracted from
// each other to show single days.
import { serverWithSchool } from '../support/suites';
import { buildResearchWorld, type ResearchWorld } from './fixtures';

jest.setTimeout(120_000);

describe('the range of an export', () => {
  const env = serverWithSchool();
  let world: ResearchWorld;
  beforeAll(async () => {
    world = await buildResearchWorld(env.server);
  });
  const rangeOf = async (studyId: string, from: string, to: string) => {
    const started = await world.researcher.post(`/research/studies/${studyId}/exports`, { format: 'csv', from, to });
    expect(started.status).toBe(202);
    return { from: started.body.options.from, to: started.body.options.to };
  };

  it('when a week study is asked for Wednesday to Thursday, then the export covers Monday to Sunday of that week', async () => {
    expect(await rangeOf(world.studyId, '2026-10-14', '2026-10-15')).toEqual({ from: '2026-10-12', to: '2026-10-18' });
    expect(await rangeOf(world.studyId, '2026-10-12', '2026-10-25')).toEqual({ from: '2026-10-12', to: '2026-10-25' });
  });

  it("when the week reaches past the study's own range, then the study's first or last day is the limit", async () => {
    // The study runs 2026-09-01 (a Tuesday) to 2027-07-31 (a Saturday).
    expect(await rangeOf(world.studyId, '2026-09-02', '2026-09-02')).toEqual({ from: '2026-09-01', to: '2026-09-06' });
    expect(await rangeOf(world.studyId, '2027-07-28', '2027-07-29')).toEqual({ from: '2027-07-26', to: '2027-07-31' });
  });

  it('when a day study is asked for some days, then it gets exactly those days', async () => {
    expect(await rangeOf(world.dayStudyId, '2026-10-14', '2026-10-15')).toEqual({
      from: '2026-10-14',
      to: '2026-10-15',
    });
  });
});
