// Place value to 1 000 (grade 3) and to 100 000 (grade 4): place-value charts to read (with
// bundling) and to fill, the number line to 1 000 to read and to mark, bundling in tens or hundreds.
import { rational } from './rational';
import type { Random, Template } from './task-types';
import {
  de,
  digitsOf,
  drawUntil,
  fillChart,
  int,
  markLine,
  numberWord,
  readChart,
  readLine,
  valueAtTick,
} from './templates-numbers-kit';

// A digit that is 0 more often than by chance: zeros are where place value goes wrong.
const digitOrZero = (r: Random) => (r.int(0, 3) === 0 ? 0 : r.int(1, 9));
const CHART_QUESTION = 'Welche Zahl ist in der Stellenwerttafel gelegt?';

export const PLACE_VALUE_TEMPLATES: Template[] = [
  {
    id: 'nu-pv-chart-read',
    title: 'Stellenwerttafel bis 1 000 lesen',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const tokens = [r.int(1, 9), digitOrZero(r), digitOrZero(r)];
      return {
        prompt: CHART_QUESTION,
        answer: int(tokens[0]! * 100 + tokens[1]! * 10 + tokens[2]!),
        representation: readChart(tokens),
        hint: 'Ein Plättchen bei H zählt 100, bei Z zählt es 10 und bei E zählt es 1.',
      };
    },
  },
  {
    id: 'nu-pv-chart-bundle',
    title: 'Stellenwerttafel mit Bündeln lesen',
    version: 1,
    topic: 'place-value',
    difficulty: 3,
    grade: 3,
    generate: (r) => {
      const tokens = drawUntil(
        () => [r.int(1, 8), r.int(0, 19), r.int(0, 19)],
        ([h, z, e]) => (z! > 9 || e! > 9) && h! * 100 + z! * 10 + e! < 1000,
      );
      return {
        prompt: `${CHART_QUESTION} Wo mehr als 9 Plättchen liegen, musst du bündeln.`,
        answer: int(tokens[0]! * 100 + tokens[1]! * 10 + tokens[2]!),
        representation: readChart(tokens),
        hint: '10 Einer sind 1 Zehner, 10 Zehner sind 1 Hunderter.',
      };
    },
  },
  {
    id: 'nu-pv-fill-words',
    title: 'Zahlwort in die Stellenwerttafel legen',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const number = r.int(1, 9) * 100 + digitOrZero(r) * 10 + digitOrZero(r);
      return {
        prompt: `Lege die Zahl „${numberWord(number)}“ in die Stellenwerttafel.`,
        answer: int(number),
        representation: fillChart(3),
        hint: 'Hör auf das Zahlwort: Wie viele Hunderter, Zehner und Einer hat die Zahl?',
      };
    },
  },
  {
    id: 'nu-pv-fill-number',
    title: 'Zahl in die Stellenwerttafel legen',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const number = drawUntil(
        () => r.int(1, 9) * 1000 + digitOrZero(r) * 100 + digitOrZero(r) * 10 + digitOrZero(r),
        (n) => digitsOf(n).includes(0),
      );
      return {
        prompt: `Lege ${de(number)} in die Stellenwerttafel.`,
        answer: int(number),
        representation: fillChart(4),
        hint: 'Jede Ziffer gehört in ihre Spalte; eine 0 heißt: an dieser Stelle liegt kein Plättchen.',
      };
    },
  },
  {
    id: 'nu-pv-line-mark-hundred',
    title: 'Zahl im Hunderterausschnitt markieren',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const start = r.int(0, 9) * 100;
      const number =
        start +
        drawUntil(
          () => r.int(1, 99),
          (n) => n % 10 !== 0,
        );
      return {
        prompt: `Markiere ${de(number)} auf dem Zahlenstrahl.`,
        answer: int(number),
        representation: markLine({ start, end: start + 100, intervals: 10, labelEvery: 1 }, 10),
        hint: 'Suche zuerst den passenden Zehner, dann gehe in Einerschritten weiter.',
      };
    },
  },
  {
    id: 'nu-pv-line-mark-thousand',
    title: 'Zahl am Zahlenstrahl bis 1 000 markieren',
    version: 1,
    topic: 'place-value',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const number = drawUntil(
        () => r.int(11, 989),
        (n) => n % 10 !== 0,
      );
      return {
        prompt: `Markiere ${de(number)} auf dem Zahlenstrahl (auf 5 genau).`,
        answer: { ...int(number), tolerance: rational(5) },
        representation: markLine({ start: 0, end: 1000, intervals: 100, labelEvery: 10 }, 2),
        hint: 'Von Strich zu Strich sind es 10. Suche zuerst den Hunderter, dann den Zehner.',
      };
    },
  },
  {
    id: 'nu-pv-line-read-thousand',
    title: 'Zahl am Zahlenstrahl bis 1 000 ablesen',
    version: 1,
    topic: 'place-value',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const start = r.int(0, 9) * 100;
      const line = r.pick([
        { start, end: start + 100, intervals: 10, labelEvery: 5 },
        { start, end: start + 100, intervals: 20, labelEvery: 4 },
        { start: 0, end: 1000, intervals: 20, labelEvery: 4 },
      ]);
      const tick = drawUntil(
        () => r.int(1, line.intervals - 1),
        (t) => t % line.labelEvery !== 0,
      );
      return {
        prompt: 'Welche Zahl zeigt der Punkt A auf dem Zahlenstrahl?',
        answer: int(valueAtTick(line, tick)),
        representation: readLine(line, tick),
        hint: 'Finde zuerst heraus, wie groß ein Schritt von Strich zu Strich ist.',
      };
    },
  },
  {
    id: 'nu-pv-count-units',
    title: 'Wie viele Zehner oder Hunderter?',
    version: 1,
    topic: 'place-value',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const [unit, name] = r.pick([
        [10, 'Zehner'],
        [100, 'Hunderter'],
        [1000, 'Tausender'],
      ] as const);
      const count = drawUntil(
        () => r.int(101, 999),
        (n) => n % 10 !== 0,
      );
      return {
        prompt: `Wie viele ${name} sind ${de(count * unit)}?`,
        answer: int(count),
        hint: `Denk daran: 10 ${name} sind ${de(10 * unit)}.`,
      };
    },
  },
];
