// Tasks answered by shading parts of a bar or circle, laying counters in a place-value chart, or
// moving the Malwinkel on a dot field (grades 3–5). The page submits what was touched ("6/8" for
// six of eight parts, the number the counters make, the dots covered), so a shading task asks for a
// value, never a denominator: 6 of 8 parts shaded is 3/4.
import { formatFraction, rational } from './rational';
import type { Random, Template } from './task-types';
import type { Representation } from '../representation';

type Place = Extract<Representation, { kind: 'place-value' }>['places'][number];
const de = (value: number) => value.toLocaleString('de-DE');
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// Every (denominator, multiple, numerator) with at most maxParts parts: "3/4" on 4, 8 or 12 parts.
const shadings = (maxParts: number, maxMultiple: number) =>
  range(2, 12).flatMap((b) =>
    range(1, Math.min(maxMultiple, Math.floor(maxParts / b))).flatMap((m) => range(1, b - 1).map((a) => ({ a, b, m }))),
  );
const BAR_SHADINGS = shadings(24, 3);
const CIRCLE_SHADINGS = shadings(24, 12);

function shadeTask(r: Random, shape: 'bar' | 'circle') {
  const { a, b, m } = r.pick(shape === 'bar' ? BAR_SHADINGS : CIRCLE_SHADINGS);
  const value = rational(a, b);
  const whole = shape === 'bar' ? 'des Streifens' : 'des Kreises';
  const picture: Representation = { kind: 'fraction-parts', mode: 'shade', shape, parts: b * m };
  return {
    prompt: `Färbe ${formatFraction(value)} ${whole}. Tippe dazu die Teile an.`,
    answer: { kind: 'number' as const, value, shownAs: 'fraction' as const },
    representation: picture,
    hint:
      m === 1
        ? 'Der Nenner sagt, in wie viele Teile das Ganze geteilt ist, der Zähler, wie viele du färbst.'
        : 'Fasse die Teile zu so vielen gleich großen Gruppen zusammen, wie der Nenner sagt.',
  };
}

const fill = (places: Place[]): Representation => ({ kind: 'place-value', mode: 'fill', places });

// A number with these places and a zero now and then (a column left empty is part of the lesson).
function numberWithZeros(r: Random, places: number): number {
  let number = r.int(1, 9);
  for (let i = 1; i < places; i++) number = number * 10 + (r.int(0, 3) === 0 ? 0 : r.int(1, 9));
  return number;
}

export const TOUCH_TEMPLATES: Template[] = [
  {
    id: 'pi-bar-shade',
    title: 'Bruchteil eines Streifens färben',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 5,
    generate: (r) => shadeTask(r, 'bar'),
  },
  {
    id: 'pi-circle-shade',
    title: 'Bruchteil eines Kreises färben',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 5,
    generate: (r) => shadeTask(r, 'circle'),
  },
  {
    id: 'pi-place-value-lay',
    title: 'Dreistellige Zahl in die Stellenwerttafel legen',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const number = numberWithZeros(r, 3);
      return {
        prompt: `Lege die Zahl ${number} mit Plättchen in die Stellenwerttafel.`,
        answer: { kind: 'number', value: rational(number) },
        representation: fill(['H', 'Z', 'E']),
        hint: 'Jede Ziffer sagt dir, wie viele Plättchen in ihre Spalte gehören.',
      };
    },
  },
  {
    id: 'pi-place-value-lay-large',
    title: 'Große Zahl in die Stellenwerttafel legen',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const number = numberWithZeros(r, 6);
      return {
        prompt: `Lege die Zahl ${de(number)} mit Plättchen in die Stellenwerttafel.`,
        answer: { kind: 'number', value: rational(number) },
        representation: fill(['HT', 'ZT', 'T', 'H', 'Z', 'E']),
        hint: 'Lies die Zahl von rechts in Dreiergruppen: Einer, Zehner, Hunderter, dann die Tausender.',
      };
    },
  },
  {
    id: 'pi-place-value-bundle',
    title: 'Bündeln in der Stellenwerttafel',
    version: 1,
    topic: 'place-value',
    difficulty: 3,
    grade: 3,
    generate: (r) => {
      // More than 9 tens or more than 9 ones: the pupil bundles ten of them into one of the next place.
      const isTens = r.int(0, 1) === 1;
      const [hundreds, tens, ones] = isTens
        ? [r.int(1, 8), r.int(10, 19), r.int(1, 9)]
        : [r.int(1, 9), r.int(1, 8), r.int(10, 19)];
      return {
        prompt:
          `Eine Zahl hat ${hundreds} Hunderter, ${tens} Zehner und ${ones} Einer. ` +
          'Lege sie in die Stellenwerttafel, mit höchstens 9 Plättchen in jeder Spalte.',
        answer: { kind: 'number', value: rational(hundreds * 100 + tens * 10 + ones) },
        representation: fill(['H', 'Z', 'E']),
        hint: isTens ? 'Tausche 10 Zehner gegen 1 Hunderter.' : 'Tausche 10 Einer gegen 1 Zehner.',
      };
    },
  },
  {
    id: 'pi-dot-field-multiply',
    title: 'Malaufgaben am Punktefeld zeigen',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const [rows, columns] = [r.int(2, 10), r.int(2, 19)];
      return {
        prompt: `Zeige ${rows} · ${columns} mit dem Malwinkel am Punktefeld: ${rows} Reihen mit je ${columns} Punkten.`,
        answer: { kind: 'number', value: rational(rows * columns) },
        representation: { kind: 'dot-field', mode: 'mark', rows: 10, columns: 20 },
        hint: 'Zähle zuerst die Reihen nach unten ab, dann die Punkte in einer Reihe – die Fünfergruppen helfen.',
      };
    },
  },
];
