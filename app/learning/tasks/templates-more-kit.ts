// Small helpers the "more" templates share: answers, German number text, plurals and choice options
// in a random order (so that the correct option's position is uniform).
import { formatDecimal, formatFraction, formatMixed, rational, type Rational } from './rational';
import type { ChoiceAnswer, NumberAnswer, Random } from './task-types';
import type { Unit } from './units';

export const q = (n: number | bigint, d: number | bigint = 1) => rational(n, d);

export const num = (value: Rational | number, extra: Omit<Partial<NumberAnswer>, 'kind' | 'value'> = {}) =>
  ({ kind: 'number', value: typeof value === 'number' ? q(value) : value, ...extra }) satisfies NumberAnswer;

export const inUnit = (value: Rational | number, unit: Unit, extra: Omit<Partial<NumberAnswer>, 'kind'> = {}) =>
  num(value, { unit, ...extra });

// German text of a number: "1.234", "0,75", "3/4" (a fraction where there is no decimal).
export const de = (value: Rational | number): string => {
  const r = typeof value === 'number' ? q(Math.round(value * 1e6), 1e6) : value;
  if (r.d === 1n && (r.n >= 10000n || r.n <= -10000n)) return Number(r.n).toLocaleString('de-DE');
  return formatDecimal(r) ?? formatFraction(r);
};
export const fr = (r: Rational) => formatFraction(r);
export const mixed = (r: Rational) => formatMixed(r);
// Money with two places: "4,50 €".
export const euro = (cents: number) => `${de(q(cents, 100))}${cents % 100 === 0 ? '' : cents % 10 === 0 ? '0' : ''} €`;

// "1 Stück", "3 Stücke".
export const count = (n: number, singular: string, plural: string) => `${n} ${n === 1 ? singular : plural}`;

export function gcd(a: number, b: number): number {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b) [a, b] = [b, a % b];
  return a;
}

export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

// The options in a random order; the correct one is the first of `options` before shuffling.
export function choice(random: Random, correct: string, distractors: readonly string[]): ChoiceAnswer {
  const order = shuffle(
    random,
    [correct, ...distractors].map((_, i) => i),
  );
  const options = order.map((i) => (i === 0 ? correct : distractors[i - 1]!));
  return { kind: 'choice', options, correct: order.indexOf(0) };
}

// Fixed options (sicher/möglich/unmöglich, ja/nein), the correct one at its own place.
export const fixedChoice = (options: string[], correct: number): ChoiceAnswer => ({ kind: 'choice', options, correct });

// `count` distinct items picked from `items`.
export function pickDistinct<T>(random: Random, items: readonly T[], n: number): T[] {
  return shuffle(random, items).slice(0, n);
}
