// The submit's database work in one transaction of two round trips, with raw `pg`: it is the
// app's hottest write (bench/submit.ts), where Prisma's interactive transaction needed about six.
//   1: BEGIN; set the school; read the pupil's attempt and lock it (a racing repeat submit waits)
//   2: close it (if open and unexpired) and COMMIT
// Values are sent as escaped literals because the simple protocol carries several statements in
// one round trip; every one of them was validated before (UUIDs, enums, integers, parsed answers).
import type { Pool, PoolClient } from 'pg';

export type LockedAttempt = {
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

const toAttempt = (row: Row): LockedAttempt => ({
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

// Runs `decide` on the locked attempt; closes the attempt with its outcome when it returns one.
// Returns the attempt as it is after the transaction, or null when it is not this pupil's.
export async function submitLocked(
  pool: Pool,
  ids: { schoolId: string; pupilId: string; attemptId: string },
  decide: (attempt: LockedAttempt) => Outcome | null,
): Promise<LockedAttempt | null> {
  const client: PoolClient = await pool.connect();
  const lit = (value: string | null) => (value === null ? 'NULL' : client.escapeLiteral(value));
  try {
    const results = (await client.query(
      `BEGIN; SELECT set_config('app.school_id', ${lit(ids.schoolId)}, true);
       SELECT ${COLUMNS} FROM attempts WHERE id = ${lit(ids.attemptId)}::uuid AND pupil_id = ${lit(ids.pupilId)} FOR UPDATE`,
    )) as unknown as { rows: Row[] }[];
    const row = results[2]!.rows[0];
    const outcome = row && !row.submitted_at && !row.is_expired ? decide(toAttempt(row)) : null;
    if (!row || !outcome) {
      await client.query('COMMIT');
      return row ? toAttempt(row) : null;
    }
    const elapsed = `greatest(0, round(extract(epoch FROM now()::timestamptz(3) - started_at) * 1000))::int`;
    const active = outcome.activeMs === null ? 'NULL' : `least(${Math.trunc(outcome.activeMs)}, ${elapsed})`;
    const closed = (await client.query(
      `UPDATE attempts SET submitted_at = now()::timestamptz(3), duration_ms = ${elapsed}, active_ms = ${active},
              result = ${lit(outcome.result)}, normalized_answer = ${lit(outcome.normalizedAnswer)}
        WHERE id = ${lit(ids.attemptId)}::uuid RETURNING ${COLUMNS};
       COMMIT`,
    )) as unknown as { rows: Row[] }[];
    return toAttempt(closed[0]!.rows[0]!);
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
