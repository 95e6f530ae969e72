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

const SCHOOL_TIME_KEY: Record<TimeCoarsening, string> = {
  day: 'AND x.day = r.day',
  week: 'AND x.week = r.week',
  // The school does not know which first day was released; it is given no time key (weaker).
  'days-since-first': '',
};

const within = (raw: string, released: string, slack: string) =>
  `(${released} IS NULL AND ${raw} IS NULL OR ${raw} BETWEEN ${released} - ${slack} AND ${released} + ${slack})`;

function schoolAttack(coarsening: TimeCoarsening): string {
  const slack = `${SLACK} * $1::int`;
  return `
WITH matches AS (
  SELECT r.pupil_id, r.attempt_id, count(DISTINCT x.pupil_id) AS pupils
    FROM export_rows r JOIN export_rows x
      ON x.school_id = r.school_id AND x.class_id = r.class_id AND x.template_id = r.template_id
     AND x.result = r.result AND x.normalized_answer IS NOT DISTINCT FROM r.normalized_answer
     ${SCHOOL_TIME_KEY[coarsening]}
   WHERE r.released AND ${within('x.duration_ms', 'r.released_duration_ms', slack)}
     AND ${within('x.active_ms', 'r.released_active_ms', slack)}
   GROUP BY 1, 2
)
SELECT count(DISTINCT pupil_id) FILTER (WHERE pupils = 1)::int AS pupils FROM matches`;
}

// $1 this study's precision, $2 this study's id, $3 the schools.
const OTHER_STUDIES_ATTACK = `
WITH other AS (
  SELECT o.export_id, a.id AS attempt_id, a.pupil_id, a.school_id, a.template_id, a.result, a.normalized_answer,
         date_trunc('week', a.started_at AT TIME ZONE 'Europe/Berlin')::date AS week,
         o.duration_ms, o.active_ms, s.duration_precision_ms AS precision
    FROM study_export_rows o JOIN study_exports e ON e.id = o.export_id JOIN studies s ON s.id = e.study_id
    JOIN attempts a ON a.id = o.attempt_id
   WHERE e.study_id <> $2::uuid AND a.school_id = ANY($3::uuid[])
), matches AS (
  SELECT r.pupil_id, r.attempt_id, x.export_id, count(DISTINCT x.pupil_id) AS pupils,
         bool_and(x.pupil_id = r.pupil_id) AS is_theirs
    FROM export_rows r JOIN other x
      ON x.school_id = r.school_id AND x.template_id = r.template_id AND x.result = r.result
     AND x.normalized_answer IS NOT DISTINCT FROM r.normalized_answer AND x.week = r.week
   WHERE r.released AND ${within('x.duration_ms', 'r.released_duration_ms', `${SLACK} * ($1::int + x.precision)`)}
     AND ${within('x.active_ms', 'r.released_active_ms', `${SLACK} * ($1::int + x.precision)`)}
   GROUP BY 1, 2, 3
)
SELECT count(DISTINCT pupil_id) FILTER (WHERE pupils = 1 AND is_theirs)::int AS pupils,
       (SELECT count(DISTINCT export_id)::int FROM other) AS exports
  FROM matches`;

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
  const school = await one(schoolAttack(coarsening), [study.precisionMs]);
  const other = await one(OTHER_STUDIES_ATTACK, [study.precisionMs, study.id, study.schoolIds]);
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
