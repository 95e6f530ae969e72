// CMU DataShop's tab-delimited transaction format: one transaction per attempt (Student Response
// Type ATTEMPT, Tutor Response Type RESULT), and its codebook (DataShop's columns, not the CSV's).
//
// DataShop's importer ignores `Duration (sec)` and recomputes every transaction's duration from the
// `Time` of the one before it in the session, so:
//   - the released duration travels in a custom field, `CF (Duration ms)`, which DataShop keeps;
//   - `Time` is a synthetic clock, never the time of day the pupil worked: the session (the pupil's
//     day, or week) starts at 00:00:00 of its coarsened day, and each transaction's Time is that
//     start plus the released durations of the session's transactions up to and including it, at
//     least one second after the one before. It is computed from nothing but the released rows'
//     durations and their order, both already in the file, so it tells no adversary more than the
//     CSV does: no clock time finer than the study's coarsening. DataShop then orders the
//     transactions as the pupil did them and recomputes their durations as the released ones
//     (except the first of a session, which has no transaction before it).
//   - `Time Zone` is UTC: the date is the German calendar day (or week), but the synthetic clock
//     must not meet a daylight-saving change, which would bend the differences DataShop computes.
import type { ExportRow, TimeCoarsening } from './export-formats';

export const DATASHOP_COLUMNS = [
  'Anon Student Id',
  'Session Id',
  'Time',
  'Time Zone',
  'Duration (sec)',
  'Student Response Type',
  'Tutor Response Type',
  'Level (Topic)',
  'Problem Name',
  'Step Name',
  'Attempt At Step',
  'Outcome',
  'Input',
  'KC (Topic)',
  'CF (Class)',
  'CF (School)',
  'CF (Grade)',
  'CF (Template Version)',
  'CF (Difficulty)',
  'CF (Representation)',
  'CF (Duration ms)',
  'CF (Active Time ms)',
  'CF (Result)',
] as const;

const EPOCH_2000 = Date.UTC(2000, 0, 1);

// Midnight (UTC) of the coarsened day: the date itself, or day N counted from 2000-01-01.
function sessionStartMs(time: string | number, coarsening: TimeCoarsening): number {
  if (coarsening === 'days-since-first') return EPOCH_2000 + Number(time) * 86_400_000;
  return Date.parse(`${time}T00:00:00Z`);
}

const dataShopTime = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');

function tsv(value: string | number | null): string {
  return value === null ? '' : String(value).replace(/[\t\r\n]/g, ' ');
}

// The rows of a pupil come in the order they were worked (the export's release order), so the
// synthetic clock of a session only needs the session and the last Time given.
export function datashopLines(coarsening: TimeCoarsening): (row: ExportRow) => string {
  let session = '';
  let clockMs = 0;
  return (row) => {
    const sessionId = `${row.pupil}-${row.time}`;
    if (sessionId !== session) {
      session = sessionId;
      clockMs = sessionStartMs(row.time, coarsening);
    }
    clockMs = Math.max(clockMs + Math.ceil(row.durationMs / 1000) * 1000, clockMs + 1000);
    const fields = [
      row.pupil,
      sessionId,
      dataShopTime(clockMs),
      'UTC',
      (row.durationMs / 1000).toFixed(3),
      'ATTEMPT',
      'RESULT',
      row.topic,
      `${row.templateId}@${row.templateVersion}`,
      'answer',
      row.attemptNumber,
      row.result === 'correct' ? 'CORRECT' : 'INCORRECT',
      row.answer,
      row.topic,
      row.class,
      row.school,
      row.grade,
      row.templateVersion,
      row.difficulty,
      row.representation,
      row.durationMs,
      row.activeMs,
      row.result,
    ];
    return fields.map(tsv).join('\t') + '\n';
  };
}
