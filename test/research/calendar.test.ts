// The export's calendar is Germany's: days and weeks begin at midnight in Europe/Berlin, in summer
// and winter time alike, and a date range includes its last day.
import { berlinDay, berlinWeek, TIME_BUCKET, withinBerlinDays } from '../../app/research/export-query.sql';
import { inProcessApp } from '../support/suites';

describe('research export calendar (Europe/Berlin)', () => {
  const env = inProcessApp();
  const bucket = async (coarsening: 'day' | 'week' | 'days-since-first', at: string, first = at) => {
    // One pupil's first attempt and this one; the bucket of this one.
    const sql = `SELECT bucket FROM (
      SELECT t, ${TIME_BUCKET[coarsening]} AS bucket
        FROM (SELECT t, ${berlinDay('t')} AS day, ${berlinWeek('t')} AS week, 'pupil' AS pupil_id
                FROM unnest(ARRAY[$1::timestamptz, $2::timestamptz]) t) rows) n
      ORDER BY t DESC LIMIT 1`;
    return (await env.testApp.dbs.platformPool.query<{ bucket: string }>(sql, [at, first])).rows[0]!.bucket;
  };
  const within = async (at: string, from: string, to: string) =>
    (
      await env.testApp.dbs.platformPool.query<{ yes: boolean }>(
        `SELECT ${withinBerlinDays('$1::timestamptz', '$2', '$3')} AS yes`,
        [at, from, to],
      )
    ).rows[0]!.yes;

  it('when a pupil works at 00:30 on a Monday in Germany (still Sunday in UTC), then it counts for that Monday and its week', async () => {
    expect(await bucket('day', '2026-10-18T22:30:00Z')).toBe('2026-10-19');
    expect(await bucket('week', '2026-10-18T22:30:00Z')).toBe('2026-10-19');
    expect(await bucket('day', '2026-12-13T23:30:00Z')).toBe('2026-12-14'); // winter time, UTC+1
  });

  it('when the clocks change (25 October 2026), then days still begin at German midnight', async () => {
    expect(await bucket('day', '2026-10-24T22:30:00Z')).toBe('2026-10-25'); // 00:30 CEST
    expect(await bucket('day', '2026-10-25T22:30:00Z')).toBe('2026-10-25'); // 23:30 CET
    expect(await bucket('days-since-first', '2026-10-25T22:30:00Z', '2026-10-24T22:30:00Z')).toBe('0');
    expect(await bucket('days-since-first', '2026-10-26T23:30:00Z', '2026-10-24T22:30:00Z')).toBe('2');
  });

  it('when a range ends on a day, then that whole German day is in it and the next is not', async () => {
    expect(await within('2026-10-13T21:59:00Z', '2026-10-13', '2026-10-13')).toBe(true); // 23:59 CEST
    expect(await within('2026-10-13T22:00:00Z', '2026-10-13', '2026-10-13')).toBe(false); // 00:00 next day
    expect(await within('2026-10-12T22:00:00Z', '2026-10-13', '2026-10-13')).toBe(true); // 00:00 that day
    expect(await within('2026-10-12T21:59:00Z', '2026-10-13', '2026-10-13')).toBe(false);
  });
});
