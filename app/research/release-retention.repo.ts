// How long the record of released rows (study_export_rows: attempt id and the released duration
// and active time, never leaving the database) is kept. It exists for one purpose, the linkage
// check of later exports (docs/research-threat-model.md), so it is kept exactly as long as a later
// export can still be checked against it, and not a day longer:
//   - while the export's own study runs: its later exports must not release what an earlier one
//     suppressed, nor be joined with it;
//   - while any other study still runs that may export attempts of the same school and week (its
//     school invited, opted in or not yet; its range touching that week: the researchers' attack
//     joins rows of the same week). Its researchers could join its exports with this one's files,
//     which they hold after the study ended too.
// When the last such study has ended, no export can be made any more that the record could protect
// (an ended study's key is destroyed), so the row is due at the next hourly run; an export check
// running at that moment reads its own snapshot. A row whose attempt was erased (a pupil purged)
// can no longer be compared with anything and is due at once.
// In batches (a study's record can hold millions of rows; no long lock, no long transaction);
// deleting again deletes nothing more (idempotent). Platform work, through the platform role.
// The record of what an export left out (study_export_suppressed, export-cross-study.ts) protects
// the same later exports and goes by the same rule.
import type { Pool } from 'pg';

const RECORDS = ['study_export_rows', 'study_export_suppressed'] as const;

const due = (table: (typeof RECORDS)[number]) => `
SELECT r.export_id, r.attempt_id
  FROM ${table} r
  JOIN study_exports e ON e.id = r.export_id
  JOIN studies s ON s.id = e.study_id
  LEFT JOIN attempts a ON a.id = r.attempt_id
 WHERE a.id IS NULL
    OR s.ended_at IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM study_schools ss JOIN studies o ON o.id = ss.study_id
          WHERE ss.school_id = a.school_id AND o.ended_at IS NULL
            AND o.range_from <= date_trunc('week', a.started_at AT TIME ZONE 'Europe/Berlin')::date + 6
            AND o.range_to >= date_trunc('week', a.started_at AT TIME ZONE 'Europe/Berlin')::date)
 LIMIT $1`;

export async function deleteExpiredReleaseRecords(platformPool: Pool, batch = 1000): Promise<number> {
  let total = 0;
  for (const table of RECORDS)
    for (;;) {
      const sql = `DELETE FROM ${table} WHERE (export_id, attempt_id) IN (${due(table)})`;
      const deleted = (await platformPool.query(sql, [batch])).rowCount ?? 0;
      total += deleted;
      if (deleted < batch) break;
    }
  return total;
}
