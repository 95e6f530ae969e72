// Attempt rows with raw `pg`: opening and closing attempts are the app's hottest paths
// (bench/submit.ts), and Prisma's interactive transaction cost about six round trips each.
// Every function is one single-round-trip transaction; no connection is held while the app works:
//   open:  BEGIN; set the school; INSERT … RETURNING; COMMIT
//   read:  BEGIN READ ONLY; set the school; read the pupil's attempt; COMMIT
//   close: BEGIN; set the school; close it only if still open and unexpired, RETURNING; COMMIT
// The close's WHERE clause is what makes a submit happen once: of two racing submits one updates
// the row, the other updates nothing and reads the first result. (An earlier version locked the row
// between the two round trips; under load the connections then sat "idle in transaction" waiting
// for the event loop — measured, see the README's benchmark section.)
// Values are sent as escaped literals because the simple protocol carries several statements in
// one round trip; every one of them was validated before (UUIDs, enums, integers, parsed answers).
import type { Pool, PoolClient } from 'pg';

export type StoredAttempt = {
  templateId: string;
  templateVersion: number;
  seed: number;
  submittedAt: Date | null;
  isExpired: boolean;
  durationMs: number | null;
  activeMs: number | null;
  result: string | null;
  normalizedAnswer: string | null;
};
export type Outcome = { result: string; normalizedAnswer: string | null; activeMs: number | null };
type AttemptKey = { schoolId: string; pupilId: string; attemptId: string };

type Row = {
  template_id: string;
  template_version: number;
  seed: number;
  submitted_at: Date | null;
  is_expired: boolean;
  duration_ms: number | null;
  active_ms: number | null;
  result: string | null;
  normalized_answer: string | null;
};

const toAttempt = (row: Row): StoredAttempt => ({
  templateId: row.template_id,
  templateVersion: row.template_version,
  seed: row.seed,
  submittedAt: row.submitted_at,
  isExpired: row.is_expired,
  durationMs: row.duration_ms,
  activeMs: row.active_ms,
  result: row.result,
  normalizedAnswer: row.normalized_answer,
});

const COLUMNS = `template_id, template_version, seed, submitted_at, expires_at <= now() AS is_expired,
  duration_ms, active_ms, result, normalized_answer`;

export type NewAttempt = {
  schoolId: string;
  pupilId: string;
  templateId: string;
  templateVersion: number;
  seed: number;
  topic: string;
  difficulty: number;
  assignmentId: string | null;
  ttlMs: number;
};

// Opens an attempt; start and expiry come from the database clock (the same clock that closes it).
export async function insertAttempt(
  pool: Pool,
  a: NewAttempt,
): Promise<{ id: string; startedAt: Date; expiresAt: Date }> {
  const row = await inSchoolTransaction<{ id: string; started_at: Date; expires_at: Date }>(
    pool,
    a.schoolId,
    'BEGIN',
    (lit) =>
      `INSERT INTO attempts (id, school_id, pupil_id, template_id, template_version, seed, topic, difficulty,
                            assignment_id, started_at, expires_at)
     VALUES (gen_random_uuid(), ${lit(a.schoolId)}::uuid, ${lit(a.pupilId)}, ${lit(a.templateId)},
             ${Math.trunc(a.templateVersion)}, ${Math.trunc(a.seed)},
             ${lit(a.topic)}, ${Math.trunc(a.difficulty)}, ${lit(a.assignmentId)}::uuid, now()::timestamptz(3),
             now()::timestamptz(3) + ${Math.trunc(a.ttlMs)} * interval '1 millisecond')
     RETURNING id, started_at, expires_at`,
  );
  return { id: row!.id, startedAt: row!.started_at, expiresAt: row!.expires_at };
}

// The pupil's attempt as stored, or null when it is not this pupil's (or not in their school).
export async function readAttempt(pool: Pool, key: AttemptKey): Promise<StoredAttempt | null> {
  const row = await inSchoolTransaction<Row>(
    pool,
    key.schoolId,
    'BEGIN READ ONLY',
    (lit) =>
      `SELECT ${COLUMNS} FROM attempts WHERE id = ${lit(key.attemptId)}::uuid AND pupil_id = ${lit(key.pupilId)}`,
  );
  return row ? toAttempt(row) : null;
}

// attempts is partitioned by month of started_at. An open attempt expires 30 minutes after it
// started, so one that is still open started within the last week for sure: saying so lets
// PostgreSQL prune to this month's partition (and last month's, early in a month) at run time.
const RECENT = "started_at BETWEEN now() - interval '7 days' AND now()";

// Closes the attempt with its outcome when it is still open and unexpired; null otherwise.
export async function closeAttempt(pool: Pool, key: AttemptKey, outcome: Outcome): Promise<StoredAttempt | null> {
  const elapsed = `greatest(0, round(extract(epoch FROM now()::timestamptz(3) - started_at) * 1000))::int`;
  const active = outcome.activeMs === null ? 'NULL' : `least(${Math.trunc(outcome.activeMs)}, ${elapsed})`;
  const row = await inSchoolTransaction<Row>(
    pool,
    key.schoolId,
    'BEGIN',
    (lit) =>
      // The live class overview hears of it at commit (app/learning/attempt-feed.ts).
      `WITH closed AS (
         UPDATE attempts SET submitted_at = now()::timestamptz(3), duration_ms = ${elapsed}, active_ms = ${active},
              result = ${lit(outcome.result)}, normalized_answer = ${lit(outcome.normalizedAnswer)}
        WHERE id = ${lit(key.attemptId)}::uuid AND pupil_id = ${lit(key.pupilId)}
          AND submitted_at IS NULL AND expires_at > now() AND ${RECENT}
        RETURNING *)
       SELECT ${COLUMNS}, pg_notify('attempt_closed', json_build_object(
           'schoolId', school_id, 'pupilId', pupil_id, 'topic', topic, 'result', result,
           'classIds', (SELECT coalesce(json_agg(p.class_id), '[]')
                          FROM class_pupils p WHERE p.school_id = closed.school_id AND p.pupil_id = closed.pupil_id)
         )::text) AS notified
       FROM closed`,
  );
  return row ? toAttempt(row) : null;
}

// An answer that could not be read: counted, the attempt stays open. False when it is not open.
export async function countUnreadableTry(pool: Pool, key: AttemptKey): Promise<boolean> {
  const row = await inSchoolTransaction<{ id: string }>(
    pool,
    key.schoolId,
    'BEGIN',
    (lit) =>
      `UPDATE attempts SET unreadable_tries = unreadable_tries + 1
        WHERE id = ${lit(key.attemptId)}::uuid AND pupil_id = ${lit(key.pupilId)}
          AND submitted_at IS NULL AND expires_at > now() AND ${RECENT}
        RETURNING id`,
  );
  return row !== undefined;
}

// BEGIN; the school for row-level security (transaction-local); the statement; COMMIT — one message.
// Returns the statement's first row, if any.
async function inSchoolTransaction<T>(
  pool: Pool,
  schoolId: string,
  begin: string,
  statement: (lit: (value: string | null) => string) => string,
): Promise<T | undefined> {
  const client: PoolClient = await pool.connect();
  const lit = (value: string | null) => (value === null ? 'NULL' : client.escapeLiteral(value));
  try {
    const results = (await client.query(
      `${begin}; SELECT set_config('app.school_id', ${lit(schoolId)}, true); ${statement(lit)}; COMMIT`,
    )) as unknown as { rows: T[] }[];
    return results[2]!.rows[0];
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
