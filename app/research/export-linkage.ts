// The linkage-attack check run by every export against its own released rows before anything is
// written (docs/research-threat-model.md):
//   (a) the school: each released row against the school's raw attempts — same class, time bucket,
//       template, result and answer, raw duration and active time inside what the released values
//       allow (the precision's rounding plus the ±2 steps of offset). One matching pupil: singled out.
//   (b) a researcher with other exports: each released row against the rows earlier exports of other
//       studies released over the same schools (study_export_rows) — same template, result, answer
//       and week, values inside both studies' noise. One matching pseudonym, and it is the pupil's:
//       linked. And pupils of whom an earlier export of this study released a row this one's
//       study-wide suppression leaves out: revealed.
// Shares are of the export's released pupils; above the study's threshold the export is refused.
import type { PoolClient } from 'pg';
import type { TimeCoarsening } from './export-formats';

// The largest distance between a released and a true value: half a step of rounding, two of offset.
const SLACK = 2.5;

const schoolTimeKey = (coarsening: TimeCoarsening, r: string) =>
  ({
    day: `AND x.day = ${r}.day`,
    week: `AND x.week = ${r}.week`,
    // The school does not know which first day was released; it is given no time key (weaker).
    'days-since-first': '',
  })[coarsening];

const within = (raw: string, released: string, slack: string) =>
  `(${released} IS NULL AND ${raw} IS NULL OR ${raw} BETWEEN ${released} - ${slack} AND ${released} + ${slack})`;

// The school's raw rows, indexed on what the school matches by: a released row's candidates are an
// index range (durations are never negative, so a missing one is keyed below every real one).
const NO_DURATION = -2147483648;
const SCHOOL_TIME_COLUMN: Record<TimeCoarsening, string> = { day: 'day, ', week: 'week, ', 'days-since-first': '' };
const schoolRowsIndex = (coarsening: TimeCoarsening) => `
CREATE INDEX ON export_rows (school_id, class_id, template_id, result, (coalesce(normalized_answer, '')),
  ${SCHOOL_TIME_COLUMN[coarsening]}(coalesce(duration_ms, ${NO_DURATION})), pupil_id)`;

// A raw row x the school could take for the released row r.
const schoolFits = (r: string, coarsening: TimeCoarsening, slack: string) => `
  x.school_id = ${r}.school_id AND x.class_id = ${r}.class_id AND x.template_id = ${r}.template_id
  AND x.result = ${r}.result AND coalesce(x.normalized_answer, '') = coalesce(${r}.normalized_answer, '')
  ${schoolTimeKey(coarsening, r)}
  AND coalesce(x.duration_ms, ${NO_DURATION}) BETWEEN coalesce(${r}.released_duration_ms - ${slack}, ${NO_DURATION})
                                                  AND coalesce(${r}.released_duration_ms + ${slack}, ${NO_DURATION})
  AND ${within('x.active_ms', `${r}.released_active_ms`, slack)}`;

// Released rows whose fitting raw rows are all one pupil's. Not every fitting pair is listed (a
// class's rows of one task and day can be hundreds, their durations close): per released row the
// index gives one fitting pupil, and then whether any other pupil fits too; both stop at the first
// hit (measured: the pairwise join took 0.9 of a 1 M-row export's time).
function schoolAttack(coarsening: TimeCoarsening): string {
  // Whole milliseconds (durations are integers, so the bounds are the same), so that the duration's
  // range is compared as the index holds it.
  const slack = `floor(${SLACK} * $1::int)::int`;
  // Both as subqueries with LIMIT 1: index probes per row (the export turns nested loops off, which
  // would make a NOT EXISTS a hash join of every row of a group with every other).
  return `
WITH first_fit AS (
  SELECT r.*, (SELECT x.pupil_id FROM export_rows x WHERE ${schoolFits('r', coarsening, slack)} LIMIT 1) AS fit
    FROM export_rows r
   WHERE r.released
)
SELECT count(DISTINCT f.pupil_id)::int AS pupils
  FROM first_fit f
 WHERE f.fit IS NOT NULL
   AND (SELECT 1 FROM export_rows x
         WHERE ${schoolFits('f', coarsening, slack)} AND x.pupil_id <> f.fit LIMIT 1) IS NULL`;
}

// $1 this study's id, $2 the schools: the rows other studies' exports released over them, indexed.
// Rows of the same template, result, answer and week can be thousands (every pupil of a large
// school did that task that week) and their durations close together, so the attack does not list
// every matching pair: per released row and other export it asks the index for one matching pupil,
// and only when that pupil is the row's own, whether any other pupil matches too. Both stop at the
// first hit (measured: the pairwise join of 1 M × 1 M rows was stopped after 10 minutes).
const OTHER_ROWS = `
CREATE TEMP TABLE linkage_other ON COMMIT DROP AS
SELECT o.export_id, a.pupil_id, a.school_id, a.template_id, a.result, coalesce(a.normalized_answer, '') AS answer,
       date_trunc('week', a.started_at AT TIME ZONE 'Europe/Berlin')::date AS week,
       o.duration_ms, o.active_ms, s.duration_precision_ms AS precision
  FROM study_export_rows o JOIN study_exports e ON e.id = o.export_id JOIN studies s ON s.id = e.study_id
  JOIN attempts a ON a.id = o.attempt_id
 WHERE e.study_id <> $1::uuid AND a.school_id = ANY($2::uuid[])`;
const OTHER_ROWS_INDEX = `
CREATE INDEX ON linkage_other (export_id, school_id, template_id, result, answer, week, duration_ms);
ANALYZE linkage_other`;

// A row x of the other export e that fits the released row r: inside both studies' noise.
const fits = (r: string) => `
  x.export_id = e.export_id AND x.school_id = ${r}.school_id AND x.template_id = ${r}.template_id
  AND x.result = ${r}.result AND x.answer = coalesce(${r}.normalized_answer, '') AND x.week = ${r}.week
  AND x.duration_ms BETWEEN ${r}.released_duration_ms - e.slack AND ${r}.released_duration_ms + e.slack
  AND ${within('x.active_ms', `${r}.released_active_ms`, 'e.slack')}`;

// $1 this study's precision.
const OTHER_STUDIES_ATTACK = `
WITH e AS (
  SELECT export_id, (${SLACK} * ($1::int + max(precision)))::int AS slack FROM linkage_other GROUP BY export_id
), first_fit AS (
  SELECT r.*, e.export_id, e.slack, (SELECT x.pupil_id FROM linkage_other x WHERE ${fits('r')} LIMIT 1) AS fit
    FROM export_rows r CROSS JOIN e
   WHERE r.released
)
SELECT (SELECT count(DISTINCT f.pupil_id) FROM first_fit f
         WHERE f.fit = f.pupil_id
           AND NOT EXISTS (SELECT 1 FROM linkage_other x, LATERAL (SELECT f.export_id, f.slack) e
                            WHERE ${fits('f')} AND x.pupil_id <> f.pupil_id))::int AS pupils,
       (SELECT count(*) FROM e)::int AS exports`;

// $1 this study's id.
const EARLIER_EXPORTS_REVEAL = `
SELECT count(DISTINCT r.pupil_id)::int AS pupils
  FROM export_rows r JOIN study_export_rows o ON o.attempt_id = r.attempt_id
  JOIN study_exports e ON e.id = o.export_id AND e.study_id = $1::uuid
 WHERE NOT r.released AND r.in_filter AND r.suppressed_in = 1`;

export type LinkageReport = {
  thresholdPercent: number;
  pupils: number;
  school: { singledOut: number; sharePercent: number };
  otherStudies: { exportsCompared: number; linked: number; sharePercent: number };
  earlierExportsOfStudy: { revealed: number; sharePercent: number };
  isAboveThreshold: boolean;
};

export async function linkageReport(
  client: PoolClient,
  study: { id: string; precisionMs: number; thresholdPercent: number; schoolIds: string[] },
  coarsening: TimeCoarsening,
  pupils: number,
): Promise<LinkageReport> {
  const one = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows[0]!;
  await client.query(schoolRowsIndex(coarsening));
  const school = await one(schoolAttack(coarsening), [study.precisionMs]);
  await client.query(OTHER_ROWS, [study.id, study.schoolIds]);
  await client.query(OTHER_ROWS_INDEX);
  const other = await one(OTHER_STUDIES_ATTACK, [study.precisionMs]);
  const earlier = await one(EARLIER_EXPORTS_REVEAL, [study.id]);
  const share = (n: number) => (pupils === 0 ? 0 : Math.round((1000 * n) / pupils) / 10);
  const report = {
    thresholdPercent: study.thresholdPercent,
    pupils,
    school: { singledOut: school.pupils, sharePercent: share(school.pupils) },
    otherStudies: { exportsCompared: other.exports, linked: other.pupils, sharePercent: share(other.pupils) },
    earlierExportsOfStudy: { revealed: earlier.pupils, sharePercent: share(earlier.pupils) },
  };
  const worst = Math.max(
    report.school.sharePercent,
    report.otherStudies.sharePercent,
    report.earlierExportsOfStudy.sharePercent,
  );
  return { ...report, isAboveThreshold: worst > study.thresholdPercent };
}
