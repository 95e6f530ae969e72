// The export's columns (with their codebook) and the three file formats: CSV (RFC 4180, UTF-8,
// CRLF), JSON Lines, and CMU DataShop's tab-delimited transaction format. One ExportRow in, one
// line out; nothing else of the database reaches a file.
export type ExportRow = {
  pupil: string;
  class: string;
  school: string;
  grade: number | null;
  topic: string;
  templateId: string;
  templateVersion: number;
  difficulty: number;
  result: 'correct' | 'wrong' | 'unreadable';
  answer: string | null;
  durationMs: number;
  activeMs: number | null;
  attemptNumber: number;
  // A date (YYYY-MM-DD), or whole days since the pupil's first attempt.
  time: string | number;
};

export const FORMATS = ['csv', 'jsonl', 'datashop'] as const;
export type ExportFormat = (typeof FORMATS)[number];
export const COARSENINGS = ['day', 'week', 'days-since-first'] as const;
export type TimeCoarsening = (typeof COARSENINGS)[number];

export const FILE_NAMES: Record<ExportFormat, string> = {
  csv: 'attempts.csv',
  jsonl: 'attempts.jsonl',
  datashop: 'attempts-datashop.txt',
};

type Column = { name: keyof ExportRow; type: string; unit: string | null; meaning: string };

export function codebook(coarsening: TimeCoarsening, precisionMs = 1000): Column[] {
  const released =
    `rounded to ${precisionMs} ms, plus a per-study keyed offset of −2 … +2 × ${precisionMs} ms per attempt ` +
    "(a keyed hash of the attempt under a secret derived from the study key: another study's value for the same " +
    'attempt differs); never below 0. The mean absolute error this adds is in the codebook\'s "perturbation"';
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
    { name: 'topic', type: 'string', unit: null, meaning: 'Topic of the task (catalogue id, e.g. fractions-add)' },
    { name: 'templateId', type: 'string', unit: null, meaning: 'Task template id (catalogue)' },
    { name: 'templateVersion', type: 'integer', unit: null, meaning: 'Version of the task template' },
    { name: 'difficulty', type: 'integer', unit: '1 (easiest) – 3', meaning: 'Difficulty level of the template' },
    {
      name: 'result',
      type: 'enum',
      unit: null,
      meaning: 'correct | wrong | unreadable (the answer could not be read as a number or option)',
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

const COLUMNS = codebook('day').map((column) => column.name);

// RFC 4180: a field with a comma, quote, CR or LF is quoted, quotes doubled; lines end with CRLF.
function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function header(format: ExportFormat): string {
  if (format === 'csv') return COLUMNS.join(',') + '\r\n';
  if (format === 'datashop') return DATASHOP_COLUMNS.join('\t') + '\n';
  return '';
}

export function line(format: ExportFormat, row: ExportRow, coarsening: TimeCoarsening): string {
  if (format === 'csv') return COLUMNS.map((name) => csvField(row[name])).join(',') + '\r\n';
  if (format === 'jsonl') return JSON.stringify(row) + '\n';
  return datashopLine(row, coarsening);
}

// DataShop: one transaction per attempt (Student Response Type ATTEMPT, Tutor Response Type
// RESULT). DataShop needs a wall-clock Time: with the relative coarsening it is day N counted from
// 2000-01-01 (said in the codebook), never a real date. Session: the pupil's day (or week).
const DATASHOP_COLUMNS = [
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
  'CF (Active Time ms)',
  'CF (Result)',
];
const EPOCH_2000 = Date.UTC(2000, 0, 1);

function datashopTime(time: string | number, coarsening: TimeCoarsening): string {
  if (coarsening !== 'days-since-first') return `${time} 00:00:00`;
  return `${new Date(EPOCH_2000 + Number(time) * 86_400_000).toISOString().slice(0, 10)} 00:00:00`;
}

function tsv(value: string | number | null): string {
  return value === null ? '' : String(value).replace(/[\t\r\n]/g, ' ');
}

function datashopLine(row: ExportRow, coarsening: TimeCoarsening): string {
  return (
    [
      row.pupil,
      `${row.pupil}-${row.time}`,
      datashopTime(row.time, coarsening),
      'Europe/Berlin',
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
      row.activeMs,
      row.result,
    ]
      .map(tsv)
      .join('\t') + '\n'
  );
}

export const DATASHOP_NOTE =
  'DataShop file: one transaction per attempt; Outcome INCORRECT covers wrong and unreadable ' +
  '(CF (Result) tells them apart); Time is the coarsened day at 00:00:00 (with days-since-first: ' +
  'day N after 2000-01-01, not a real date); Duration (sec) is durationMs / 1000.';
