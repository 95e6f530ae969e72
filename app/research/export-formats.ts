// The export's row and the three file formats: CSV (RFC 4180, UTF-8, CRLF), JSON Lines, and CMU
// DataShop's tab-delimited transaction format (export-datashop.ts). One ExportRow in, one line out;
// nothing else of the database reaches a file. The columns' meanings: export-codebook.ts.
import { codebook } from './export-codebook';
import { DATASHOP_COLUMNS, datashopLines } from './export-datashop';

export type ExportRow = {
  pupil: string;
  class: string;
  school: string;
  grade: number | null;
  topic: string;
  templateId: string;
  templateVersion: number;
  difficulty: number;
  // The kind of picture the task carried (number-line, fraction-parts, …), or none.
  representation: string;
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

// One writer per file: DataShop's synthetic clock carries from a row to the next of its session.
export function lineWriter(format: ExportFormat, coarsening: TimeCoarsening): (row: ExportRow) => string {
  if (format === 'csv') return (row) => COLUMNS.map((name) => csvField(row[name])).join(',') + '\r\n';
  if (format === 'jsonl') return (row) => JSON.stringify(row) + '\n';
  return datashopLines(coarsening);
}
