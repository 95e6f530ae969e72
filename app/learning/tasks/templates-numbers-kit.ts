// Helpers the number templates share: answers, numbers written the way German primary schools
// write them ("4 052", "−7", "3,45 €", "7:45 Uhr"), number words, choice options in a random
// order, and the pictures (number line, place-value chart, dot field, written-algorithm table).
import { formatWithPlaces, rational } from './rational';
import type { Representation } from '../representation';
import type { ChoiceAnswer, NumberAnswer, Random } from './task-types';
import type { Unit } from './units';

// Thousands are grouped by a narrow no-break space, so that "340 500" never breaks across lines.
export const GROUP = '\u202f';
export const MINUS = '−';

export const int = (value: number): NumberAnswer => ({ kind: 'number', value: rational(value) });
export const inUnit = (value: number, unit: Unit): NumberAnswer => ({ ...int(value), unit });
// Money in euros: "12,50 €", "12,5" and "12 €" (for 12,00 €) count; a fraction does not.
export const euros = (cents: number): NumberAnswer => ({
  kind: 'number',
  value: rational(cents, 100),
  unit: '€',
  forms: ['decimal', 'integer'],
});

export function de(value: number): string {
  const digits = Math.abs(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  return value < 0 ? `${MINUS}${digits}` : digits;
}
// A negative number in brackets where it follows an operator: "5 − (−4)".
export const signed = (value: number) => (value < 0 ? `(${de(value)})` : de(value));
export const euro = (cents: number) => `${formatWithPlaces(rational(cents, 100), 2)} €`;
export const clock = (minutes: number) => {
  const day = ((minutes % 1440) + 1440) % 1440;
  return `${Math.floor(day / 60)}:${String(day % 60).padStart(2, '0')} Uhr`;
};
export const digitsOf = (value: number) => [...String(value)].map(Number);
export const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

// The distractors in a random order with the correct option at a uniformly random place.
export function choice(random: Random, correct: string, distractors: readonly string[]): ChoiceAnswer {
  const options = shuffle(random, distractors);
  const at = random.int(0, options.length);
  options.splice(at, 0, correct);
  return { kind: 'choice', options, correct: at };
}

// Draws until `isWanted` holds (every template's conditions hold for a good share of draws).
export function drawUntil<T>(draw: () => T, isWanted: (value: T) => boolean): T {
  for (let i = 0; i < 1000; i++) {
    const value = draw();
    if (isWanted(value)) return value;
  }
  throw new Error('no wanted value drawn in 1000 tries');
}

const ONES = [
  '',
  'eins',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const asPrefix = (word: string) => word.replace(/eins$/, 'ein');

function belowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const ones = n % 10;
  return ones === 0 ? TENS[n / 10]! : `${asPrefix(ONES[ones]!)}und${TENS[Math.floor(n / 10)]}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  return `${hundreds ? `${asPrefix(ONES[hundreds]!)}hundert` : ''}${belowHundred(n % 100)}`;
}

// The German number word, 1 to 999 999: "dreihundertvierzigtausendfünfhundertsieben".
export function numberWord(n: number): string {
  const thousands = Math.floor(n / 1000);
  return `${thousands ? `${asPrefix(belowThousand(thousands))}tausend` : ''}${belowThousand(n % 1000)}`;
}

// The number word before a noun: "ein Drittel", "einundzwanzig Hundertstel".
export const numberWordBefore = (n: number) => asPrefix(numberWord(n));

// ---- Pictures

type Line = { start: number; end: number; intervals: number; labelEvery: number };

export const markLine = (line: Line, snapsPerInterval: number): Representation => ({
  kind: 'number-line',
  mode: 'mark',
  labels: 'integer',
  ...line,
  snapsPerInterval,
});
export const readLine = (line: Line, pointTick: number): Representation => ({
  kind: 'number-line',
  mode: 'read',
  labels: 'integer',
  ...line,
  pointTick,
  pointLabel: 'A',
});
export const valueAtTick = (line: Line, tick: number) => line.start + ((line.end - line.start) / line.intervals) * tick;

const ALL_PLACES = ['M', 'HT', 'ZT', 'T', 'H', 'Z', 'E'] as const;
export type Place = (typeof ALL_PLACES)[number];
// The rightmost `count` columns: 3 → H, Z, E.
export const placesOf = (count: number): Place[] => ALL_PLACES.slice(ALL_PLACES.length - count);

export const readChart = (tokens: number[]): Representation => ({
  kind: 'place-value',
  mode: 'read',
  places: placesOf(tokens.length),
  tokens,
});
export const fillChart = (columns: number): Representation => ({
  kind: 'place-value',
  mode: 'fill',
  places: placesOf(columns),
});

// A written addition or subtraction laid out in place-value columns, one digit a cell: the operands,
// then (where given) the result after "="; `hidden` (row, place counted from the right, 0 = Einer)
// shows an empty box instead of that digit.
export function writtenTable(
  sign: '+' | '−',
  operands: number[],
  result?: number,
  hidden?: { row: number; place: number },
): Representation {
  const rows = result === undefined ? operands : [...operands, result];
  const width = Math.max(...rows.map((row) => String(row).length));
  const cells = rows.map((row, index) => {
    const digits = String(row).padStart(width, ' ').split('');
    const shown = digits.map((digit, at) =>
      hidden?.row === index && hidden.place === width - 1 - at ? '□' : digit.trim(),
    );
    const mark = index === 0 ? '' : index === operands.length ? '=' : sign;
    return [mark, ...shown];
  });
  const caption = sign === '+' ? 'Schriftliche Addition' : 'Schriftliche Subtraktion';
  return { kind: 'table', caption, header: ['', ...placesOf(width)], rows: cells };
}
