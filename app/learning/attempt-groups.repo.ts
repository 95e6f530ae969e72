// Opening, reading and closing attempts in groups (app/lib/group-commit.ts): the opens (reads,
// closes) that arrive while earlier ones are on their way to the database go together as one call
// of attempt_open_many (attempt_read_many, attempt_close_many; migration 20261209020000_attempt_groups),
// each still checked against its own school by row-level security. Alone, they go as attempt_open,
// attempt_read and attempt_close (attempt-rows.repo.ts). Measured with bench/submit.ts.
import type { Pool } from 'pg';
import { GroupCommit, perKey } from '../lib/group-commit';
import {
  closeOneAttempt,
  insertOneAttempt,
  readOneAttempt,
  toAttempt,
  toOpened,
  type AttemptKey,
  type AttemptRow,
  type NewAttempt,
  type OpenedAttempt,
  type OpenedRow,
  type Outcome,
  type StoredAttempt,
} from './attempt-rows.repo';

type Close = { key: AttemptKey; outcome: Outcome };

// A "many" function's rows (each with the 1-based position of its item) in the order of the items;
// `missing` for an item it returned no row for.
function inItemOrder<Row extends { ordinal: number }, R>(
  rows: Row[],
  items: number,
  convert: (row: Row) => R,
  missing: () => R,
): R[] {
  const byOrdinal = new Map(rows.map((row) => [row.ordinal, row]));
  return Array.from({ length: items }, (_, i) => {
    const row = byOrdinal.get(i + 1);
    return row ? convert(row) : missing();
  });
}

const CLOSE_MANY =
  'SELECT * FROM attempt_close_many($1::uuid[], $2::uuid[], $3::varchar[], $4::varchar[], $5::varchar[], $6::int[])';
const READ_MANY = 'SELECT * FROM attempt_read_many($1::uuid[], $2::uuid[], $3::varchar[])';
const OPEN_MANY = `SELECT * FROM attempt_open_many($1::uuid[], $2::varchar[], $3::varchar[], $4::int[], $5::int[],
  $6::varchar[], $7::smallint[], $8::uuid[], $9::int[])`;

const closesOf = perKey(
  (pool: Pool) =>
    new GroupCommit<Close, StoredAttempt | null>(
      async (closes) => {
        const { rows } = await pool.query<AttemptRow & { ordinal: number }>({
          name: 'attempt_close_many',
          text: CLOSE_MANY,
          values: [
            closes.map((c) => c.key.schoolId),
            closes.map((c) => c.key.attemptId),
            closes.map((c) => c.key.pupilId),
            closes.map((c) => c.outcome.result),
            closes.map((c) => c.outcome.normalizedAnswer),
            closes.map((c) => (c.outcome.activeMs === null ? null : Math.trunc(c.outcome.activeMs))),
          ],
        });
        return inItemOrder(rows, closes.length, toAttempt, () => null);
      },
      (c) => closeOneAttempt(pool, c.key, c.outcome),
    ),
);

const readsOf = perKey(
  (pool: Pool) =>
    new GroupCommit<AttemptKey, StoredAttempt | null>(
      async (keys) => {
        const { rows } = await pool.query<AttemptRow & { ordinal: number }>({
          name: 'attempt_read_many',
          text: READ_MANY,
          values: [keys.map((k) => k.schoolId), keys.map((k) => k.attemptId), keys.map((k) => k.pupilId)],
        });
        return inItemOrder(rows, keys.length, toAttempt, () => null);
      },
      (key) => readOneAttempt(pool, key),
    ),
);

const opensOf = perKey(
  (pool: Pool) =>
    new GroupCommit<NewAttempt, OpenedAttempt>(
      async (opens) => {
        const { rows } = await pool.query<OpenedRow & { ordinal: number }>({
          name: 'attempt_open_many',
          text: OPEN_MANY,
          values: [
            opens.map((a) => a.schoolId),
            opens.map((a) => a.pupilId),
            opens.map((a) => a.templateId),
            opens.map((a) => Math.trunc(a.templateVersion)),
            opens.map((a) => Math.trunc(a.seed)),
            opens.map((a) => a.topic),
            opens.map((a) => Math.trunc(a.difficulty)),
            opens.map((a) => a.assignmentId),
            opens.map((a) => Math.trunc(a.ttlMs)),
          ],
        });
        // Committed already: a row missing fails its call alone, it is not sent again.
        return inItemOrder(
          rows,
          opens.length,
          (row): OpenedAttempt | Error => toOpened(row),
          () => new Error('attempt_open_many returned no row for an attempt'),
        );
      },
      (a) => insertOneAttempt(pool, a),
    ),
);

// Closes the attempt with its outcome when it is still open and unexpired; null otherwise (of two
// racing closes, in one group or in two, one closes it). The live class overview hears of it at commit.
export function closeAttempt(pool: Pool, key: AttemptKey, outcome: Outcome): Promise<StoredAttempt | null> {
  return closesOf(pool).call({ key, outcome });
}

// The pupil's attempt as stored, or null when it is not this pupil's (or not in their school).
export function readAttempt(pool: Pool, key: AttemptKey): Promise<StoredAttempt | null> {
  return readsOf(pool).call(key);
}

// Opens an attempt; start and expiry come from the database clock (the same clock that closes it).
export function insertAttempt(pool: Pool, attempt: NewAttempt): Promise<OpenedAttempt> {
  return opensOf(pool).call(attempt);
}
