// The export's SQL, run by the job on one connection of the platform role (every school of the
// study; the schools are named explicitly, never "all"). Step 1 builds a temporary table of every
// candidate row of the study's whole range, with what the export would release of its duration and
// active time; step 2 (export-suppression.ts) marks rows not released until the k-rules hold over
// what is released; step 3 streams the released rows with COPY, their attempt numbers and days
// since first counted over the released rows only. Internal ids stay inside PostgreSQL and the
// job: the file writer turns them into pseudonyms.
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

// A moment's day and the Monday of its week in the German school calendar.
export const berlinDay = (column: string) => `(${column} ${BERLIN})::date`;
export const berlinWeek = (column: string) => `date_trunc('week', ${column} ${BERLIN})::date`;

// The time bucket of a row; with days-since-first it depends on which rows are released.
export const TIME_BUCKET: Record<TimeCoarsening, string> = {
  day: `to_char(day, 'YYYY-MM-DD')`,
  week: `to_char(week, 'YYYY-MM-DD')`,
  'days-since-first': `(day - min(day) OVER (PARTITION BY pupil_id))::text`,
};

// A keyed offset of −2 … +2 precision steps: 28 bits of md5(secret, attempt, what) mod 5. The secret
// is derived from the study key, so another study draws other offsets for the same attempt.
const offset = (what: string) =>
  `(('x' || substr(md5($8::text || a.id::text || '${what}'), 1, 7))::bit(28)::int % 5 - 2)`;
const perturbed = (column: string, what: string) =>
  `CASE WHEN ${column} IS NOT NULL
     THEN greatest(0, round(${column} / $9::numeric) * $9::int + $9::int * ${offset(what)})::int END`;

// Parameters: $1 school ids (uuid[]), $2 from (date), $3 to (date, inclusive), $4 topics (text[] or
// null), $5 and $6 the study's own range, $7 a random salt of this export: rows are ordered by a
// salted hash of the pupil, never by internal ids (whose order a school could match), $8 the
// study's perturbation secret, $9 its precision (ms).
export function candidateSelect(coarsening: TimeCoarsening): string {
  const bucket = coarsening === 'days-since-first' ? 'NULL::text' : TIME_BUCKET[coarsening];
  return `
WITH pupil_class AS (
  SELECT DISTINCT ON (cp.pupil_id) cp.pupil_id, cp.class_id, c.grade
    FROM class_pupils cp JOIN classes c ON c.id = cp.class_id
   WHERE cp.school_id = ANY($1::uuid[]) AND c.deleted_at IS NULL
   ORDER BY cp.pupil_id, c.created_at, c.id
), rows AS (
  SELECT a.id AS attempt_id, a.school_id, coalesce(pc.class_id, '${NO_CLASS}'::uuid) AS class_id,
         coalesce(pc.grade, 0)::int AS grade, a.pupil_id, a.topic, a.template_id, a.template_version, a.difficulty,
         a.result, a.normalized_answer, a.duration_ms, a.active_ms, a.started_at,
         ${berlinDay('a.started_at')} AS day, ${berlinWeek('a.started_at')} AS week,
         ${withinBerlinDays('a.started_at', '$2', '$3')}
           AND ($4::text[] IS NULL OR a.topic = ANY($4::text[])) AS in_filter,
         ${perturbed('a.duration_ms', 'duration')} AS released_duration_ms,
         ${perturbed('a.active_ms', 'active')} AS noisy_active_ms,
         md5($7::text || a.pupil_id) AS release_order
    FROM attempts a LEFT JOIN pupil_class pc ON pc.pupil_id = a.pupil_id
   WHERE a.school_id = ANY($1::uuid[]) AND a.submitted_at IS NOT NULL
     AND ${withinBerlinDays('a.started_at', '$5', '$6')}
     AND NOT EXISTS (SELECT 1 FROM research_objections o WHERE o.school_id = a.school_id AND o.pupil_id = a.pupil_id)
     -- Frozen accounts (GDPR Art. 18) and accounts in the restore bin are never exported.
     AND NOT EXISTS (SELECT 1 FROM frozen_accounts f WHERE f.user_id = a.pupil_id)
     AND NOT EXISTS (SELECT 1 FROM binned_accounts b WHERE b.user_id = a.pupil_id)
     -- Pupils of a deleted class (not purged yet) are gone for research, not "in no class".
     AND (pc.pupil_id IS NOT NULL OR NOT EXISTS (
           SELECT 1 FROM class_pupils d JOIN classes dc ON dc.id = d.class_id
           WHERE d.pupil_id = a.pupil_id AND dc.deleted_at IS NOT NULL))
)
SELECT rows.*, ${bucket} AS time_bucket,
       CASE WHEN noisy_active_ms IS NOT NULL THEN least(noisy_active_ms, released_duration_ms) END
         AS released_active_ms,
       true AS released, NULL::text AS suppressed_by, NULL::smallint AS suppressed_in
  FROM rows`;
}

export function createCandidateTable(coarsening: TimeCoarsening): string {
  return `CREATE TEMP TABLE export_rows ON COMMIT DROP AS ${candidateSelect(coarsening)}`;
}

// Pupils left out because of an objection (for the manifest, banded there; never their rows).
// Parameters $1–$4 as above.
export const COUNT_OBJECTIONS = `
SELECT count(DISTINCT a.pupil_id)::int AS pupils
  FROM attempts a JOIN research_objections o ON o.school_id = a.school_id AND o.pupil_id = a.pupil_id
 WHERE a.school_id = ANY($1::uuid[]) AND a.submitted_at IS NOT NULL
   AND ${withinBerlinDays('a.started_at', '$2', '$3')}
   AND ($4::text[] IS NULL OR a.topic = ANY($4::text[]))`;

// The rows that leave, in the order of a salted hash of the pupil (not of any internal id). Attempt
// numbers count the released rows only: a gap would show where a row was suppressed.
export const RELEASE_ORDER = 'ORDER BY release_order, started_at';
export const RELEASED_ROWS = `
SELECT pupil_id, class_id, school_id, grade, topic, template_id, template_version, difficulty,
       result, normalized_answer, released_duration_ms, released_active_ms,
       row_number() OVER (PARTITION BY pupil_id, template_id ORDER BY started_at, attempt_id) AS attempt_number,
       time_bucket
  FROM export_rows WHERE released
 ${RELEASE_ORDER}`;

export const RELEASED_CLASSES = `
SELECT school_id, class_id, count(*)::int AS rows FROM export_rows WHERE released GROUP BY 1, 2`;

// What the export adds to the true durations, measured over its released rows (for the codebook).
export const PERTURBATION_ERROR = `
SELECT coalesce(avg(abs(released_duration_ms - duration_ms)), 0)::float AS duration_mae_ms,
       coalesce(avg(abs(released_active_ms - active_ms)), 0)::float AS active_mae_ms,
       coalesce(max(abs(released_duration_ms - duration_ms)), 0)::int AS duration_max_ms
  FROM export_rows WHERE released`;

// Kept for later exports' linkage check (internal ids, inside the database only).
export const RECORD_RELEASED = `INSERT INTO study_export_rows (export_id, attempt_id, duration_ms, active_ms)
  SELECT $1::uuid, attempt_id, released_duration_ms, released_active_ms FROM export_rows WHERE released`;
