// What a touched picture submits, as the text the server grades as if typed (see
// app/learning/representation.ts): a number line's marked value in the line's label style ("37",
// "0,4", "6/8" with the line's denominator, unreduced; whole numbers as such), shaded parts "shaded/parts", the number a
// place-value chart's counters make, the dots a Malwinkel covers. Exact integer arithmetic only:
// never a floating-point value in a text. Pure, so the catalogue test checks it for every template.
import type { Representation } from '../../../app/learning/representation';

export type Picture = Representation;
export type NumberLine = Extract<Picture, { kind: 'number-line' }>;
export type FractionParts = Extract<Picture, { kind: 'fraction-parts' }>;
export type PlaceValue = Extract<Picture, { kind: 'place-value' }>;
export type DotField = Extract<Picture, { kind: 'dot-field' }>;
export type Place = PlaceValue['places'][number];

// A fraction n/d in lowest terms, d > 0.
type Exact = { n: number; d: number };

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

function exact(n: number, d: number): Exact {
  const g = gcd(n, d) || 1;
  return d < 0 ? { n: -n / g, d: -d / g } : { n: n / g, d: d / g };
}

export function isTouched(picture: Picture): boolean {
  return 'mode' in picture && picture.mode !== 'read';
}

// ---- Number line: positions 0 … count, left to right.

export function positionCount(line: NumberLine): number {
  return line.intervals * (line.snapsPerInterval ?? 1);
}

export function tickValue(line: NumberLine, tick: number): Exact {
  return exact(line.start * line.intervals + (line.end - line.start) * tick, line.intervals);
}

export function positionValue(line: NumberLine, position: number): Exact {
  const count = positionCount(line);
  return exact(line.start * count + (line.end - line.start) * position, count);
}

// Positions per whole (the line's denominator), when the line has a whole number of them.
export function lineDenominator(line: NumberLine): number | null {
  const perWhole = positionCount(line) / (line.end - line.start);
  return Number.isInteger(perWhole) ? perWhole : null;
}

// Ticks per whole, for labels: "3/4" on a line in quarters.
function tickDenominator(line: NumberLine): number | null {
  const perWhole = line.intervals / (line.end - line.start);
  return Number.isInteger(perWhole) ? perWhole : null;
}

// The decimal text of an exact value, or null when it has none ("0,375"; "-1,5"; "4").
export function decimalText(value: Exact): string | null {
  let rest = value.d;
  let [twos, fives] = [0, 0];
  while (rest % 2 === 0) [rest, twos] = [rest / 2, twos + 1];
  while (rest % 5 === 0) [rest, fives] = [rest / 5, fives + 1];
  if (rest !== 1) return null;
  const places = Math.max(twos, fives);
  const scaled = Math.abs(value.n) * (10 ** places / value.d);
  const digits = String(scaled).padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)},${digits.slice(-places)}`;
  return value.n < 0 ? `-${text}` : text;
}

function valueText(value: Exact, style: NumberLine['labels'], denominator: number | null): string {
  if (style === 'fraction' && denominator !== null) return `${(value.n * denominator) / value.d}/${denominator}`;
  if (style === 'decimal' || value.d !== 1) return decimalText(value) ?? `${value.n}/${value.d}`;
  return String(value.n);
}

// What marking this position submits: "37", "0,4", "6/8" — and a whole number as the line labels
// it ("1", not "8/8").
export function positionText(line: NumberLine, position: number): string {
  const value = positionValue(line, position);
  return value.d === 1 ? String(value.n) : valueText(value, line.labels, lineDenominator(line));
}

// A tick's label as written on the line: fractions with the line's denominator, whole numbers as
// such ("1", not "4/4"), integers grouped in German ("1.000").
export function tickLabel(line: NumberLine, tick: number): string {
  const value = tickValue(line, tick);
  if (value.d === 1) return grouped(value.n);
  return valueText(value, line.labels, tickDenominator(line));
}

// The text shown to the pupil for what they marked: as submitted, whole numbers grouped.
export function shownText(text: string): string {
  return /^-?\d+$/.test(text) ? grouped(Number(text)) : text;
}

export function grouped(value: number): string {
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, '.');
  return value < 0 ? `-${digits}` : digits;
}

// ---- Fraction parts, place-value chart, dot field.

export function shadedText(shadedCount: number, parts: number): string {
  return `${shadedCount}/${parts}`;
}

// The number the counters make: counts[i] in column places[i], each 0–9.
export function laidNumber(places: readonly Place[], counts: readonly number[]): string {
  return String(places.reduce((sum, place, i) => sum + (counts[i] ?? 0) * PLACE_VALUES[place], 0));
}

export function coveredText(rows: number, columns: number): string {
  return String(rows * columns);
}

export const PLACE_VALUES: Record<Place, number> = {
  M: 1_000_000,
  HT: 100_000,
  ZT: 10_000,
  T: 1000,
  H: 100,
  Z: 10,
  E: 1,
};
