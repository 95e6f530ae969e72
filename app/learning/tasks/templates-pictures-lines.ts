// Tasks answered by marking a point on a number line (grades 3–6): whole numbers to 100 and to
// 1,000, a jump as a sum, fractions on 0–1 and 0–2, decimals in tenths and hundredths. The marker
// snaps to positions whose values are exact in the line's label style; the page submits the marked
// value, so each answer accepts what marking the right position produces ("6/8" for 3/4).
import { formatDecimal, formatFraction, formatMixed, rational, type Rational } from './rational';
import type { Random, TaskContent, Template } from './task-types';
import type { Representation } from '../representation';

type Line = Extract<Representation, { kind: 'number-line' }>;
const de = (value: number) => value.toLocaleString('de-DE');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const markLine = (line: Omit<Line, 'kind' | 'mode'>): Line => ({ kind: 'number-line', mode: 'mark', ...line });

const NOT_TENS = range(11, 99).filter((n) => n % 10 !== 0);
const NOT_FIFTY = range(1, 99).filter((n) => n !== 50);
const THREE_DIGITS = range(101, 999).filter((n) => n % 10 !== 0);

// Every (denominator, numerator) of a fraction line 0–1: ticks in D parts, or in D/2 parts with the
// marker snapping half-way (then the pupil halves the steps they see).
const FRACTION_LINES = [...range(2, 12), 16, 20].flatMap((d) =>
  range(1, d - 1).flatMap((k) => [{ d, k, snaps: 1 }, ...(d % 2 === 0 && d >= 4 ? [{ d, k, snaps: 2 }] : [])]),
);

function markNumber(target: number, line: Line, hint: string, prompt = `Markiere ${de(target)} auf dem Zahlenstrahl.`) {
  return { prompt, answer: { kind: 'number' as const, value: rational(target) }, representation: line, hint };
}

// A jump on the line: "34 + 8", never below 0 or beyond the line's end.
function jump(r: Random, step: number, smallest: number, largest: number, end: number) {
  const size = r.int(smallest, largest) * step;
  const isAdding = r.int(0, 1) === 1;
  const from = isAdding ? r.int(1, end / step - 1 - size / step) * step : r.int(size / step + 1, end / step - 1) * step;
  return { from, size, isAdding, result: isAdding ? from + size : from - size };
}

function decimalTask(value: Rational, line: Line, hint: string): TaskContent {
  return {
    prompt: `Markiere ${formatDecimal(value)} auf dem Zahlenstrahl.`,
    answer: { kind: 'number', value },
    representation: line,
    hint,
  };
}

export const NUMBER_LINE_TEMPLATES: Template[] = [
  {
    id: 'pi-line-100',
    title: 'Zahlen bis 100 am Zahlenstrahl markieren',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      // Either every ten is labelled, or only 0, 50 and 100.
      const isSparse = r.int(0, 1) === 1;
      const target = r.pick(isSparse ? NOT_FIFTY : NOT_TENS);
      const line = { start: 0, end: 100, intervals: 10, labelEvery: isSparse ? 5 : 1, labels: 'integer' as const };
      return markNumber(
        target,
        markLine({ ...line, snapsPerInterval: 10 }),
        'Suche zuerst den richtigen Zehner und zähle dann die Einer weiter.',
      );
    },
  },
  {
    id: 'pi-line-jump-100',
    title: 'Plus und minus am Zahlenstrahl bis 100',
    version: 1,
    topic: 'add-subtract',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const { from, size, isAdding, result } = jump(r, 1, 3, 29, 100);
      return markNumber(
        result,
        markLine({ start: 0, end: 100, intervals: 10, labelEvery: 1, labels: 'integer', snapsPerInterval: 10 }),
        'Springe zuerst bis zum nächsten Zehner und dann den Rest.',
        `Rechne am Zahlenstrahl: ${from} ${isAdding ? '+' : '−'} ${size}. Markiere das Ergebnis.`,
      );
    },
  },
  {
    id: 'pi-line-1000',
    title: 'Zahlen bis 1000 ungefähr markieren',
    version: 1,
    topic: 'place-value',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const isSparse = r.int(0, 1) === 1;
      const target = r.pick(THREE_DIGITS);
      return {
        ...markNumber(
          target,
          markLine({
            start: 0,
            end: 1000,
            intervals: 10,
            labelEvery: isSparse ? 5 : 1,
            labels: 'integer',
            snapsPerInterval: 10,
          }),
          'Suche zuerst den richtigen Hunderter und gehe dann in Zehnerschritten weiter.',
          `Markiere ungefähr, wo ${target} liegt. Auf 10 genau reicht.`,
        ),
        answer: { kind: 'number', value: rational(target), tolerance: rational(10) },
      };
    },
  },
  {
    id: 'pi-line-jump-1000',
    title: 'Plus und minus in Zehnern am Zahlenstrahl bis 1000',
    version: 1,
    topic: 'add-subtract',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const { from, size, isAdding, result } = jump(r, 10, 3, 35, 1000);
      return markNumber(
        result,
        markLine({ start: 0, end: 1000, intervals: 10, labelEvery: 1, labels: 'integer', snapsPerInterval: 10 }),
        'Springe zuerst bis zum nächsten Hunderter und dann den Rest in Zehnerschritten.',
        `Rechne am Zahlenstrahl: ${from} ${isAdding ? '+' : '−'} ${size}. Markiere das Ergebnis.`,
      );
    },
  },
  {
    id: 'pi-line-fraction',
    title: 'Brüche zwischen 0 und 1 am Zahlenstrahl markieren',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const { d, k, snaps } = r.pick(FRACTION_LINES);
      const value = rational(k, d);
      return {
        prompt: `Markiere ${formatFraction(value)} auf dem Zahlenstrahl.`,
        answer: { kind: 'number', value, shownAs: 'fraction' },
        representation: markLine({
          start: 0,
          end: 1,
          intervals: d / snaps,
          labelEvery: d / snaps,
          labels: 'fraction',
          ...(snaps > 1 ? { snapsPerInterval: snaps } : {}),
        }),
        hint:
          snaps > 1
            ? 'Zwischen zwei Strichen liegt noch ein halber Schritt: zähle die halben Schritte von 0 bis 1.'
            : 'Zähle, in wie viele gleich große Teile die Strecke von 0 bis 1 geteilt ist.',
      };
    },
  },
  {
    id: 'pi-line-fraction-2',
    title: 'Brüche und gemischte Zahlen zwischen 0 und 2 markieren',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const d = r.pick([2, 3, 4, 5, 6, 8, 10, 12]);
      const k = r.pick(range(1, 2 * d - 1).filter((n) => n !== d));
      const value = rational(k, d);
      const isMixed = value.n > value.d && r.int(0, 1) === 1;
      return {
        prompt: `Markiere ${isMixed ? formatMixed(value) : formatFraction(value)} auf dem Zahlenstrahl.`,
        answer: { kind: 'number', value, shownAs: isMixed ? 'mixed' : 'fraction' },
        representation: markLine({ start: 0, end: 2, intervals: 2 * d, labelEvery: d, labels: 'fraction' }),
        hint: 'Zähle die Teile von 0 bis 1 und zähle über die 1 hinaus weiter.',
      };
    },
  },
  {
    id: 'pi-line-tenths',
    title: 'Dezimalzahlen mit Zehnteln am Zahlenstrahl markieren',
    version: 1,
    topic: 'decimals',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const whole = r.int(0, 9);
      const isHalfLabelled = r.int(0, 1) === 1;
      const tenth = r.pick(range(1, 9).filter((t) => !isHalfLabelled || t !== 5));
      return decimalTask(
        rational(whole * 10 + tenth, 10),
        markLine({
          start: whole,
          end: whole + 1,
          intervals: 10,
          labelEvery: isHalfLabelled ? 5 : 10,
          labels: 'decimal',
        }),
        'Die Strecke zwischen zwei ganzen Zahlen ist in 10 Zehntel geteilt: zähle die Striche ab.',
      );
    },
  },
  {
    id: 'pi-line-hundredths',
    title: 'Dezimalzahlen mit Hundertsteln am Zahlenstrahl markieren',
    version: 1,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const isSparse = r.int(0, 1) === 1;
      const hundredths = r.pick(range(1, 99).filter((n) => n % 10 !== 0));
      return decimalTask(
        rational(hundredths, 100),
        markLine({
          start: 0,
          end: 1,
          intervals: 10,
          labelEvery: isSparse ? 5 : 1,
          labels: 'decimal',
          snapsPerInterval: 10,
        }),
        'Suche zuerst das richtige Zehntel und gehe dann in Hundertstelschritten weiter.',
      );
    },
  },
];
