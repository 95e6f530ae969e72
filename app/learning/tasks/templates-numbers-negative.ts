// Negative numbers (grade 5; signed operands grade 6): the number line from −20 to 15 to read and
// from −10 to 10 to mark, ordering, temperatures (changes, differences, a week's table), adding and
// subtracting.
import type { Representation } from '../representation';
import type { Random, Template } from './task-types';
import { MINUS, de, drawUntil, int, markLine, readLine, shuffle, signed, valueAtTick } from './templates-numbers-kit';

const nonZero = (r: Random, min: number, max: number) =>
  drawUntil(
    () => r.int(min, max),
    (n) => n !== 0,
  );
const degrees = (value: number) => `${de(value)} °C`;
const WEEK = ['Mo', 'Di', 'Mi', 'Do', 'Fr'];
const DAY_NAMES = ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];

export const NEGATIVE_TEMPLATES: Template[] = [
  {
    id: 'nu-ng-line-read',
    title: 'Negative Zahlen am Zahlenstrahl ablesen',
    version: 1,
    topic: 'negative-numbers',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const start = r.pick([-10, -15, -20]);
      const line = { start, end: r.pick([5, 10, 15]), intervals: 0, labelEvery: 5 };
      line.intervals = line.end - start;
      const tick = drawUntil(
        () => r.int(1, line.intervals - 1),
        (t) => t % 5 !== 0 && (valueAtTick(line, t) < 0 || r.int(0, 3) === 0),
      );
      return {
        prompt: 'Welche Zahl zeigt der Punkt A auf dem Zahlenstrahl?',
        answer: int(valueAtTick(line, tick)),
        representation: readLine(line, tick),
        hint: 'Links von der 0 stehen die negativen Zahlen. Zähle vom nächsten beschrifteten Strich aus.',
      };
    },
  },
  {
    id: 'nu-ng-line-mark',
    title: 'Negative Zahlen am Zahlenstrahl markieren',
    version: 1,
    topic: 'negative-numbers',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const line = markLine({ start: -10, end: 10, intervals: 20, labelEvery: 5 }, 1);
      const hint = 'Je weiter links eine Zahl liegt, desto kleiner ist sie.';
      if (r.int(0, 3) === 0) {
        const target = drawUntil(
          () => r.int(-9, -1),
          (t) => t !== -5,
        );
        return {
          prompt: `Markiere ${de(target)} auf dem Zahlenstrahl.`,
          answer: int(target),
          representation: line,
          hint,
        };
      }
      const [from, by] = drawUntil(
        () => [r.int(-9, 9), r.int(2, 12)] as const,
        ([f, b]) => f - b >= -10 || f + b <= 10,
      );
      const isSmaller = from - by >= -10 && (from + by > 10 || r.int(0, 2) > 0);
      const target = isSmaller ? from - by : from + by;
      return {
        prompt: `Markiere die Zahl, die um ${by} ${isSmaller ? 'kleiner' : 'größer'} ist als ${de(from)}.`,
        answer: int(target),
        representation: line,
        hint,
      };
    },
  },
  {
    id: 'nu-ng-order',
    title: 'Ganze Zahlen ordnen',
    version: 1,
    topic: 'negative-numbers',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      // A number and its opposite, and two negatives whose order a careless reader turns round.
      const a = r.int(2, 15);
      const b = drawUntil(
        () => r.int(2, 20),
        (x) => x !== a,
      );
      const numbers = shuffle(r, [
        -a,
        a,
        -b,
        drawUntil(
          () => r.int(-20, 20),
          (x) => ![a, -a, -b].includes(x),
        ),
      ]);
      const order = numbers.map((_, i) => i).sort((i, j) => numbers[i]! - numbers[j]!);
      return {
        prompt: `Ordne die Zahlen ${numbers.map(de).join(', ')} der Größe nach. Beginne mit der kleinsten.`,
        answer: { kind: 'order', items: numbers.map(de), correctOrder: order },
        hint: 'Auf dem Zahlenstrahl liegt die kleinere Zahl weiter links, auch bei negativen Zahlen.',
      };
    },
  },
  {
    id: 'nu-ng-temperature',
    title: 'Temperaturen: Änderung und Unterschied',
    version: 1,
    topic: 'negative-numbers',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [from, to] = drawUntil(
        () => [nonZero(r, -15, 12), nonZero(r, -15, 12)] as const,
        ([f, t]) => Math.abs(f - t) >= 3 && (f < 0 || t < 0),
      );
      const isWarmer = to > from;
      if (r.int(0, 1) === 0)
        return {
          prompt:
            `Am Morgen zeigt das Thermometer ${degrees(from)}, am Mittag ${degrees(to)}. ` +
            `Um wie viel Grad ist es ${isWarmer ? 'wärmer' : 'kälter'} geworden?`,
          answer: { ...int(Math.abs(to - from)), unit: '°' },
          hint: 'Zähle am Thermometer in Schritten bis 0 und dann weiter.',
        };
      return {
        prompt:
          `Es sind ${degrees(from)}. Die Temperatur ${isWarmer ? 'steigt' : 'fällt'} um ${Math.abs(to - from)} Grad. ` +
          'Wie viel Grad zeigt das Thermometer jetzt?',
        answer: { ...int(to), unit: '°' },
        hint: 'Steigt die Temperatur, gehst du am Thermometer nach oben, fällt sie, nach unten.',
      };
    },
  },
  {
    id: 'nu-ng-temperature-table',
    title: 'Temperaturtabelle auswerten',
    version: 1,
    topic: 'negative-numbers',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const values = drawUntil(
        () => WEEK.map(() => r.int(-12, 10)),
        (v) => v.filter((t) => t < 0).length >= 2 && v.some((t) => t > 0),
      );
      const table: Representation = {
        kind: 'table',
        caption: 'Temperatur um 7 Uhr morgens',
        header: ['Tag', ...WEEK],
        rows: [['Temperatur', ...values.map(degrees)]],
      };
      if (r.int(0, 1) === 0)
        return {
          prompt: 'Um wie viel Grad lag die höchste Temperatur der Woche über der tiefsten?',
          answer: { ...int(Math.max(...values) - Math.min(...values)), unit: '°' },
          representation: table,
          hint: 'Suche die höchste und die tiefste Temperatur und zähle über die 0 hinweg.',
        };
      const [i, j] = drawUntil(
        () => [r.int(0, 4), r.int(0, 4)] as const,
        ([x, y]) => values[x]! > values[y]! && (values[y]! < 0 || r.int(0, 3) === 0),
      );
      return {
        prompt: `Um wie viel Grad war es am ${DAY_NAMES[i]} wärmer als am ${DAY_NAMES[j]}?`,
        answer: { ...int(values[i]! - values[j]!), unit: '°' },
        representation: table,
        hint: 'Zähle von der tieferen zur höheren Temperatur, über die 0 hinweg.',
      };
    },
  },
  {
    id: 'nu-ng-add-subtract',
    title: 'Mit negativen Zahlen addieren und subtrahieren',
    version: 1,
    topic: 'negative-numbers',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [a, b] = drawUntil(
        () => [r.int(2, 20), r.int(2, 20)] as const,
        ([x, y]) => x !== y,
      );
      const [text, value] = r.pick([
        [`${Math.min(a, b)} − ${Math.max(a, b)}`, Math.min(a, b) - Math.max(a, b)],
        [`${MINUS}${a} + ${b}`, b - a],
        [`${MINUS}${a} − ${b}`, -a - b],
      ] as const);
      return {
        prompt: `${text} = ?`,
        answer: int(value),
        hint: 'Stell dir den Zahlenstrahl vor: Bei plus gehst du nach rechts, bei minus nach links.',
      };
    },
  },
  {
    id: 'nu-ng-signed-operands',
    title: 'Negative Zahlen addieren und subtrahieren (mit Klammern)',
    version: 1,
    topic: 'negative-numbers',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const a = nonZero(r, -15, 15);
      const b = -r.int(2, 15);
      const isSum = r.int(0, 1) === 0;
      return {
        prompt: `${de(a)} ${isSum ? '+' : '−'} ${signed(b)} = ?`,
        answer: int(isSum ? a + b : a - b),
        hint: 'Plus eine negative Zahl heißt minus; minus eine negative Zahl heißt plus ihre Gegenzahl.',
      };
    },
  },
];
