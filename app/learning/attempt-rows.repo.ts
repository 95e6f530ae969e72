// Attempt rows with raw `pg`: opening and closing attempts are the app's hottest paths
// (bench/submit.ts). Each is one call of a database function (migration
// 20261209010000_attempt_statement_functions) sent as a named prepared statement: one round trip,
// its own transaction, the school for row-level security set inside it, the statement's plan kept
// by PostgreSQL for the connection. (As literal SQL in a BEGIN; set_config; …; COMMIT message every
// call was planned again over the partitions and the policies: ≈ 5 × the PostgreSQL CPU, measured.)
// The close's WHERE clause is what makes a submit happen once: of two racing submits one updates
// the row, the other updates nothing and reads the first result. No connection is held while the
// app works.
import type { Pool } from 'pg';

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
export type AttemptKey = { schoolId: string; pupilId: string; attemptId: string };

export type AttemptRow = {
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

export const toAttempt = (row: AttemptRow): StoredAttempt => ({
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

export type OpenedAttempt = { id: string; startedAt: Date; expiresAt: Date };
export type OpenedRow = { id: string; started_at: Date; expires_at: Date };
export const toOpened = (row: OpenedRow): OpenedAttempt => ({
  id: row.id,
  startedAt: row.started_at,
  expiresAt: row.expires_at,
});

// Opens an attempt; start and expiry come from the database clock (the same clock that closes it).
// One call for one open: the service opens through attempt-groups.repo.ts, which uses this when alone.
export async function insertOneAttempt(pool: Pool, a: NewAttempt): Promise<OpenedAttempt> {
  const row = await call<OpenedRow>(pool, 'attempt_open', [
    a.schoolId,
    a.pupilId,
    a.templateId,
    Math.trunc(a.templateVersion),
    Math.trunc(a.seed),
    a.topic,
    Math.trunc(a.difficulty),
    a.assignmentId,
    Math.trunc(a.ttlMs),
  ]);
  return toOpened(row!);
}

// The pupil's attempt as stored, or null when it is not this pupil's (or not in their school).
// One call for one read: the service reads through attempt-groups.repo.ts, which uses this when alone.
export async function readOneAttempt(pool: Pool, key: AttemptKey): Promise<StoredAttempt | null> {
  const row = await call<AttemptRow>(pool, 'attempt_read', [key.schoolId, key.attemptId, key.pupilId]);
  return row ? toAttempt(row) : null;
}

// Closes the attempt with its outcome when it is still open and unexpired; null otherwise.
// The live class overview hears of it at commit (app/learning/attempt-feed.ts). One call for one
// close: the service closes through attempt-groups.repo.ts, which uses this when alone.
export async function closeOneAttempt(pool: Pool, key: AttemptKey, outcome: Outcome): Promise<StoredAttempt | null> {
  const row = await call<AttemptRow>(pool, 'attempt_close', [
    key.schoolId,
    key.attemptId,
    key.pupilId,
    outcome.result,
    outcome.normalizedAnswer,
    outcome.activeMs === null ? null : Math.trunc(outcome.activeMs),
  ]);
  return row ? toAttempt(row) : null;
}

// An answer that could not be read: counted, the attempt stays open. False when it is not open.
export async function countUnreadableTry(pool: Pool, key: AttemptKey): Promise<boolean> {
  const row = await call<{ id: string }>(pool, 'attempt_count_unreadable', [key.schoolId, key.attemptId, key.pupilId]);
  return row !== undefined;
}

const ARITY = { attempt_open: 9, attempt_read: 3, attempt_close: 6, attempt_count_unreadable: 3 } as const;
const STATEMENTS = Object.fromEntries(
  Object.entries(ARITY).map(([name, arity]) => [
    name,
    `SELECT * FROM ${name}(${Array.from({ length: arity }, (_, i) => `$${i + 1}`).join(', ')})`,
  ]),
) as Record<keyof typeof ARITY, string>;

// One call, prepared once per connection under the function's name; its first row, if any.
async function call<T>(pool: Pool, name: keyof typeof ARITY, values: unknown[]): Promise<T | undefined> {
  const { rows } = await pool.query<T & Record<string, unknown>>({ name, text: STATEMENTS[name], values });
  return rows[0];
}
