// Suppression that stays suppressed. The k-rules — classes, then schools, with fewer than k
// pupils, and (on request) groups of school, class, grade and time below k — are applied to what is
// released, again and again until nothing changes: leaving out a group can shrink a class below k,
// and with days-since-first a pupil's later rows move when their first day goes. First over the
// study's whole range and every topic (so that what this pass leaves out, no export of the study
// releases), then over the export's own range and topics. Each pass is one UPDATE of the rows it
// leaves out; the time bucket a row had when it went is kept, to count the groups.
import type { PoolClient } from 'pg';
import type { TimeCoarsening } from './export-formats';
import { TIME_BUCKET } from './export-query.sql';

function suppressionPass(k: number, coarsening: TimeCoarsening, isGroupRuleOn: boolean, phase: 1 | 2): string {
  return `
WITH r AS (
  SELECT attempt_id, school_id, class_id, grade, pupil_id, ${TIME_BUCKET[coarsening]} AS time_bucket
    FROM export_rows WHERE released
), classes AS (
  SELECT school_id, class_id, count(DISTINCT pupil_id) AS pupils FROM r GROUP BY 1, 2
), schools AS (
  SELECT school_id, count(DISTINCT pupil_id) AS pupils
    FROM r JOIN classes c USING (school_id, class_id) WHERE c.pupils >= ${k} GROUP BY 1
), groups AS (
  SELECT school_id, class_id, grade, time_bucket, count(DISTINCT pupil_id) AS pupils FROM r GROUP BY 1, 2, 3, 4
), verdict AS (
  SELECT r.attempt_id, r.time_bucket,
         CASE WHEN c.pupils < ${k} THEN 'class' WHEN coalesce(s.pupils, 0) < ${k} THEN 'school'
              WHEN ${isGroupRuleOn} AND g.pupils < ${k} THEN 'group' END AS rule
    FROM r JOIN classes c USING (school_id, class_id) LEFT JOIN schools s USING (school_id)
    JOIN groups g USING (school_id, class_id, grade, time_bucket)
)
UPDATE export_rows e SET released = false, suppressed_by = v.rule, suppressed_in = ${phase}, time_bucket = v.time_bucket
  FROM verdict v WHERE v.rule IS NOT NULL AND e.attempt_id = v.attempt_id`;
}

async function untilStable(client: PoolClient, sql: string): Promise<number> {
  let passes = 0;
  while ((await client.query(sql)).rowCount! > 0) passes++;
  return passes + 1;
}

// `carryIn`: leaves out what other studies left out (export-cross-study.ts), after this study's own
// study-wide rules had their say (so the manifest names the rule that applies here), and before they
// run again on what remains. Returns how many rows it left out.
export async function suppress(
  client: PoolClient,
  k: number,
  coarsening: TimeCoarsening,
  suppressSmallGroups: boolean,
  carryIn: () => Promise<number> = async () => 0,
): Promise<{ passes: number }> {
  const studyWide = suppressionPass(k, coarsening, suppressSmallGroups, 1);
  let passes = await untilStable(client, studyWide);
  if ((await carryIn()) > 0) passes += await untilStable(client, studyWide);
  await client.query(`UPDATE export_rows SET released = false WHERE released AND NOT in_filter`);
  passes += await untilStable(client, suppressionPass(k, coarsening, suppressSmallGroups, 2));
  if (coarsening === 'days-since-first')
    await client.query(`UPDATE export_rows e SET time_bucket = b.time_bucket
      FROM (SELECT attempt_id, ${TIME_BUCKET[coarsening]} AS time_bucket FROM export_rows WHERE released) b
     WHERE e.attempt_id = b.attempt_id`);
  await client.query('ANALYZE export_rows');
  return { passes };
}

export type SuppressionSummary = {
  rows: number;
  pupils: number;
  small_classes: number;
  small_schools: number;
  small_groups: number;
};

// Over the export's own range and topics: what the manifest says was left out, in groups, not rows.
export const SUMMARISE = `
SELECT count(*) FILTER (WHERE released)::int AS rows,
       count(DISTINCT pupil_id) FILTER (WHERE released)::int AS pupils,
       count(DISTINCT (school_id, class_id)) FILTER (WHERE in_filter AND suppressed_by = 'class')::int AS small_classes,
       count(DISTINCT school_id) FILTER (WHERE in_filter AND suppressed_by = 'school')::int AS small_schools,
       count(DISTINCT (school_id, class_id, grade, time_bucket))
         FILTER (WHERE in_filter AND suppressed_by = 'group')::int AS small_groups
  FROM export_rows`;

export type GroupRisk = {
  groups: number;
  smallest_group: number;
  groups_below_k: number;
  unique_pupils: number;
};

// The risk report's group sizes, over the released rows (refused or not).
export function groupRisk(k: number): string {
  return `
WITH g AS (
  SELECT school_id, class_id, grade, time_bucket, count(DISTINCT pupil_id)::int AS pupils
    FROM export_rows WHERE released GROUP BY 1, 2, 3, 4
)
SELECT count(*)::int AS groups, coalesce(min(pupils), 0)::int AS smallest_group,
       count(*) FILTER (WHERE pupils < ${k})::int AS groups_below_k,
       (SELECT count(DISTINCT e.pupil_id)::int FROM export_rows e JOIN g USING (school_id, class_id, grade, time_bucket)
         WHERE e.released AND g.pupils = 1) AS unique_pupils
  FROM g`;
}
