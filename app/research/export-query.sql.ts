// The export's SQL, run by the job on one connection of the platform role (every school of the
// study; the schools are named explicitly, never "all"). Step 1 builds a temporary table of the
// candidate rows with the sizes every suppression rule needs; step 2 summarises it (manifest and
// risk report); step 3 streams the released rows with COPY. Internal ids stay inside PostgreSQL
// and the job: the file writer turns them into pseudonyms.
// Values are bound parameters, except k and the coarsening, which are validated integers / enums.
import type { TimeCoarsening } from './export-formats';

// Planner settings for the export's transaction. The joins of rows to their group sizes are
// misestimated (several join keys), and a nested loop over them turned a 200 k-row export into
// minutes (measured); hash joins are right for every size here. More sort memory: fewer spills.
export const EXPORT_SETTINGS = `SET LOCAL enable_nestloop = off; SET LOCAL work_mem = '64MB'`;

export const NO_CLASS = '00000000-0000-0000-0000-000000000000';

const BERLIN = `AT TIME ZONE 'Europe/Berlin'`;
// `column` lies on the days from … to (both included) of the German school calendar.
export function withinBerlinDays(column: string, from: string, to: string): string {
  return `${column} >= (${from}::date::timestamp ${BERLIN}) AND ${column} < ((${to}::date + 1)::timestamp ${BERLIN})`;
}

export const TIME_BUCKET: Record<TimeCoarsening, string> = {
  day: `to_char(n.started_at ${BERLIN}, 'YYYY-MM-DD')`,
  week: `to_char(date_trunc('week', n.started_at ${BERLIN}), 'YYYY-MM-DD')`,
  'days-since-first': `((n.started_at ${BERLIN})::date - (n.first_started_at ${BERLIN})::date)::text`,
};

// Parameters: $1 school ids (uuid[]), $2 from (date), $3 to (date, inclusive), $4 topics (text[] or
// null), $5 and $6 the study's own range (attempt numbers and "days since first" count only
// attempts inside it, so exports of one study agree), $7 a random salt of this export: rows are
// ordered by a salted hash of the pupil, never by internal ids (whose order a school could match).
export function createCandidateTable(coarsening: TimeCoarsening): string {
  return `CREATE TEMP TABLE export_rows ON COMMIT DROP AS ${candidateSelect(coarsening)}`;
}

// The candidate rows with their group sizes (also what bench/export.ts hands to COPY as the baseline).
export function candidateSelect(coarsening: TimeCoarsening): string {
  return `
WITH pupil_class AS (
  SELECT DISTINCT ON (cp.pupil_id) cp.pupil_id, cp.class_id, c.grade
    FROM class_pupils cp JOIN classes c ON c.id = cp.class_id
   WHERE cp.school_id = ANY($1::uuid[]) AND c.deleted_at IS NULL
   ORDER BY cp.pupil_id, c.created_at, c.id
), numbered AS (
  SELECT a.school_id, a.pupil_id, a.topic, a.template_id, a.template_version, a.difficulty, a.result,
         a.normalized_answer, a.duration_ms, a.active_ms, a.started_at,
         row_number() OVER (PARTITION BY a.pupil_id, a.template_id ORDER BY a.started_at, a.id) AS attempt_number,
         min(a.started_at) OVER (PARTITION BY a.pupil_id) AS first_started_at
    FROM attempts a
   WHERE a.school_id = ANY($1::uuid[]) AND a.submitted_at IS NOT NULL
     AND ${withinBerlinDays('a.started_at', '$5', '$6')}
     AND NOT EXISTS (SELECT 1 FROM research_objections o WHERE o.school_id = a.school_id AND o.pupil_id = a.pupil_id)
), in_range AS (
  SELECT n.school_id, coalesce(pc.class_id, '${NO_CLASS}'::uuid) AS class_id, coalesce(pc.grade, 0)::int AS grade,
         n.pupil_id, n.topic, n.template_id, n.template_version, n.difficulty, n.result, n.normalized_answer,
         n.duration_ms, n.active_ms, n.attempt_number, n.started_at, ${TIME_BUCKET[coarsening]} AS time_bucket
    FROM numbered n LEFT JOIN pupil_class pc ON pc.pupil_id = n.pupil_id
   WHERE ${withinBerlinDays('n.started_at', '$2', '$3')}
     AND ($4::text[] IS NULL OR n.topic = ANY($4::text[]))
     -- Pupils of a deleted class (not purged yet) are gone for research, not "in no class".
     AND (pc.pupil_id IS NOT NULL OR NOT EXISTS (
           SELECT 1 FROM class_pupils d JOIN classes dc ON dc.id = d.class_id
           WHERE d.pupil_id = n.pupil_id AND dc.deleted_at IS NOT NULL))
), class_sizes AS (
  SELECT school_id, class_id, count(DISTINCT pupil_id)::int AS pupils FROM in_range GROUP BY 1, 2
), quasi_groups AS (
  SELECT school_id, class_id, grade, time_bucket, count(DISTINCT pupil_id)::int AS pupils
  FROM in_range GROUP BY 1, 2, 3, 4
)
SELECT r.*, cs.pupils AS class_pupils, q.pupils AS group_pupils, md5($7::text || r.pupil_id) AS release_order
  FROM in_range r
  JOIN class_sizes cs USING (school_id, class_id)
  JOIN quasi_groups q USING (school_id, class_id, grade, time_bucket)
`;
}

// School sizes count only pupils of classes that are kept (a school whose big classes are all it
// has left must still reach k on its own). A small table beside the rows: no rewrite of the rows.
export function markSchools(k: number): string {
  return `
CREATE TEMP TABLE export_schools ON COMMIT DROP AS
  SELECT school_id, count(DISTINCT pupil_id)::int AS pupils FROM export_rows WHERE class_pupils >= ${k} GROUP BY 1;
ANALYZE export_rows;
ANALYZE export_schools`;
}

const ROWS_WITH_SCHOOLS = `(SELECT e.*, coalesce(s.pupils, 0) AS school_pupils
  FROM export_rows e LEFT JOIN export_schools s USING (school_id)) x`;

export function summarise(k: number): string {
  const kept = `class_pupils >= ${k} AND school_pupils >= ${k}`;
  return `
SELECT count(*)::int AS candidate_rows,
       count(DISTINCT pupil_id)::int AS candidate_pupils,
       count(*) FILTER (WHERE class_pupils < ${k})::int AS small_class_rows,
       count(DISTINCT (school_id, class_id)) FILTER (WHERE class_pupils < ${k})::int AS small_classes,
       count(*) FILTER (WHERE class_pupils >= ${k} AND school_pupils < ${k})::int AS small_school_rows,
       count(DISTINCT school_id) FILTER (WHERE class_pupils >= ${k} AND school_pupils < ${k})::int AS small_schools,
       count(*) FILTER (WHERE ${kept})::int AS kept_rows,
       count(DISTINCT pupil_id) FILTER (WHERE ${kept})::int AS kept_pupils,
       count(DISTINCT (school_id, class_id, grade, time_bucket)) FILTER (WHERE ${kept})::int AS groups,
       coalesce(min(group_pupils) FILTER (WHERE ${kept}), 0)::int AS smallest_group,
       coalesce(min(group_pupils) FILTER (WHERE ${kept} AND group_pupils >= ${k}), 0)::int AS smallest_group_of_k,
       count(DISTINCT pupil_id) FILTER (WHERE ${kept} AND group_pupils >= ${k})::int AS pupils_of_groups_of_k,
       count(DISTINCT (school_id, class_id, grade, time_bucket))
         FILTER (WHERE ${kept} AND group_pupils < ${k})::int AS small_groups,
       count(*) FILTER (WHERE ${kept} AND group_pupils < ${k})::int AS small_group_rows,
       count(DISTINCT pupil_id) FILTER (WHERE ${kept} AND group_pupils = 1)::int AS unique_pupils
  FROM ${ROWS_WITH_SCHOOLS}`;
}

// Pupils and rows left out because of an objection (counted for the manifest, never exported).
// Parameters $1–$4 as above.
export const COUNT_OBJECTIONS = `
SELECT count(DISTINCT a.pupil_id)::int AS pupils, count(*)::int AS rows
  FROM attempts a JOIN research_objections o ON o.school_id = a.school_id AND o.pupil_id = a.pupil_id
 WHERE a.school_id = ANY($1::uuid[]) AND a.submitted_at IS NOT NULL
   AND ${withinBerlinDays('a.started_at', '$2', '$3')}
   AND ($4::text[] IS NULL OR a.topic = ANY($4::text[]))`;

function released(k: number, suppressSmallGroups: boolean): string {
  return `class_pupils >= ${k} AND school_pupils >= ${k}${suppressSmallGroups ? ` AND group_pupils >= ${k}` : ''}`;
}

// The rows that leave, in the order of a salted hash of the pupil (not of any internal id).
export const RELEASE_ORDER = 'ORDER BY release_order, started_at';

export function releasedRows(k: number, suppressSmallGroups: boolean): string {
  return `SELECT pupil_id, class_id, school_id, grade, topic, template_id, template_version, difficulty, result,
       normalized_answer, duration_ms, active_ms, attempt_number, time_bucket
  FROM ${ROWS_WITH_SCHOOLS}
 WHERE ${released(k, suppressSmallGroups)}
 ${RELEASE_ORDER}`;
}

export function releasedClasses(k: number, suppressSmallGroups: boolean): string {
  return `SELECT school_id, class_id, count(*)::int AS rows FROM ${ROWS_WITH_SCHOOLS}
    WHERE ${released(k, suppressSmallGroups)} GROUP BY 1, 2`;
}
