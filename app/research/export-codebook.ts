// The codebook of the CSV and JSON Lines files: every column's name, type, unit and meaning. The
// types are what a reader (e.g. pandas) should read the column as: integer (nullable where the
// meaning says "empty"), string, enum (one of `values`), date (YYYY-MM-DD).
import { REPRESENTATION_KINDS } from '../learning/representation';
import type { ExportRow, TimeCoarsening } from './export-formats';

export type Column<Name extends string = keyof ExportRow> = {
  name: Name;
  type: 'integer' | 'decimal' | 'string' | 'enum' | 'date' | 'datetime';
  unit: string | null;
  meaning: string;
  values?: string[];
};

// How durations and active times are released (the same words in every codebook).
export function releasedMeaning(precisionMs: number): string {
  return (
    `rounded to ${precisionMs} ms, plus a per-study keyed offset of −2 … +2 × ${precisionMs} ms per attempt ` +
    "(a keyed hash of the attempt under a secret derived from the study key: another study's value for the same " +
    'attempt differs); never below 0. The mean absolute error this adds is in the codebook\'s "perturbation"'
  );
}

export const RESULTS = ['correct', 'wrong', 'unreadable'];

export function codebook(coarsening: TimeCoarsening, precisionMs = 1000): Column[] {
  const released = releasedMeaning(precisionMs);
  const time: Record<TimeCoarsening, string> = {
    day: 'Day the task was served (Europe/Berlin), YYYY-MM-DD',
    week: 'Monday of the week the task was served (Europe/Berlin), YYYY-MM-DD',
    'days-since-first':
      "Whole days between the pupil's first released attempt in this export and this one " +
      '(Europe/Berlin calendar days; counted over the released rows only)',
  };
  const columns: Column[] = [
    {
      name: 'pupil',
      type: 'string',
      unit: null,
      meaning: 'Pseudonym of the pupil: keyed hash (HMAC-SHA-256 under the study key), stable within this study only',
    },
    {
      name: 'class',
      type: 'string',
      unit: null,
      meaning: 'Pseudonym of the class (same scheme); empty for pupils in no class',
    },
    { name: 'school', type: 'string', unit: null, meaning: 'Pseudonym of the school (same scheme)' },
    {
      name: 'grade',
      type: 'integer',
      unit: 'school grade (3–6)',
      meaning: "Grade of the pupil's class; empty for pupils in no class",
    },
    {
      name: 'topic',
      type: 'string',
      unit: null,
      meaning: 'Topic of the task (catalogue id, e.g. fractions-add; the codebook\'s "templates" names each)',
    },
    { name: 'templateId', type: 'string', unit: null, meaning: 'Task template id (catalogue)' },
    { name: 'templateVersion', type: 'integer', unit: null, meaning: 'Version of the task template' },
    { name: 'difficulty', type: 'integer', unit: '1 (easiest) – 3', meaning: 'Difficulty level of the template' },
    {
      name: 'representation',
      type: 'enum',
      unit: null,
      meaning:
        'The picture the task carried (number-line, fraction-parts, place-value, dot-field, bar-chart, table, ' +
        'coordinate-grid, grid-shape, angle), or none; the codebook\'s "templates" says what each template is',
      values: [...REPRESENTATION_KINDS, 'none'],
    },
    {
      name: 'result',
      type: 'enum',
      unit: null,
      meaning: 'correct | wrong | unreadable (the answer could not be read as a number or option)',
      values: RESULTS,
    },
    {
      name: 'answer',
      type: 'string',
      unit: null,
      meaning:
        'The answer as the checker read it, normalised (fractions reduced, e.g. 3/4; 0,75; 1 1/2; letters for ' +
        'choices), "unreadable", or "out-of-range" for a number with more digits than any task asks for; ' +
        'never the typed text',
    },
    {
      name: 'durationMs',
      type: 'integer',
      unit: 'ms',
      meaning:
        'Server time from serving the task to the submit (database clock; tasks expire after 30 min), ' + released,
    },
    {
      name: 'activeMs',
      type: 'integer',
      unit: 'ms',
      meaning:
        `Time the page was visible, focused and not idle, as the client reported it, ${released}; ` +
        'at most durationMs; empty when not reported',
    },
    {
      name: 'attemptNumber',
      type: 'integer',
      unit: null,
      meaning:
        "1 for the pupil's first released attempt of this template in this export, 2 for the second, … " +
        '(counted over the released rows only: suppressed rows leave no gap)',
    },
    {
      name: 'time',
      type: coarsening === 'days-since-first' ? 'integer' : 'date',
      unit: coarsening === 'days-since-first' ? 'days' : null,
      meaning: time[coarsening],
    },
  ];
  return columns;
}
