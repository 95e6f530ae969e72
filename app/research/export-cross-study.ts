// Suppression that holds across studies (docs/research-threat-model.md): what one study's export
// left out by its study-wide k-rules, no export of another study releases. Without it, two studies
// of the same school and period at different time coarsenings undo each other: the coarser one
// releases the row the finer one suppressed as a group too small. Carried in after this export's
// own study-wide pass, which then runs again on what remains (export-suppression.ts); recorded
// when this export's files go out. A row this
// study has released already stays released: its researchers hold it, and leaving it out now would
// only show, by difference with their earlier file, which row another study left out.
//   $1 this study's id, $2 the schools of this export.
export const CARRY_OTHER_STUDIES_SUPPRESSIONS = `
UPDATE export_rows r SET released = false, suppressed_by = 'other-study', suppressed_in = 1
  FROM (SELECT DISTINCT s.attempt_id
          FROM study_export_suppressed s JOIN study_exports e ON e.id = s.export_id
         WHERE e.study_id <> $1::uuid) o
 WHERE r.attempt_id = o.attempt_id AND r.released AND r.school_id = ANY($2::uuid[])
   AND NOT EXISTS (SELECT 1 FROM study_export_rows mine JOIN study_exports me ON me.id = mine.export_id
                    WHERE mine.attempt_id = r.attempt_id AND me.study_id = $1::uuid)`;

// What this export's study-wide passes left out (its own rules, not what it carried in). $1 the export.
export const RECORD_SUPPRESSED = `
INSERT INTO study_export_suppressed (export_id, attempt_id)
SELECT $1::uuid, attempt_id FROM export_rows WHERE NOT released AND suppressed_in = 1 AND suppressed_by <> 'other-study'
ON CONFLICT DO NOTHING`;
