// Numbers to a million (grade 4): number words, place-value chart, neighbours and successors,
// comparing and ordering. The number line to 1 000 000 is in templates-numbers-large-lines.ts.
import type { Random, Template } from './task-types';
import { choice, de, drawUntil, fillChart, int, numberWord, readChart, shuffle } from './templates-numbers-kit';

const digitOrZero = (r: Random) => (r.int(0, 3) === 0 ? 0 : r.int(1, 9));
// A five- or six-digit number with zeros in it now and then.
const largeNumber = (r: Random) =>
  Number([r.int(1, 9), ...Array.from({ length: r.int(4, 5) }, () => digitOrZero(r))].join(''));

// Numbers made of the same digits in other places: the confusions of a careless reader.
function sameDigits(r: Random, count: number): number[] {
  const digits = drawUntil(
    () => Array.from({ length: 6 }, (_, i) => (i === 0 ? r.int(1, 9) : digitOrZero(r))),
    (d) => new Set(d).size >= 3,
  );
  const found = new Set<number>([Number(digits.join(''))]);
  while (found.size < count) {
    const [i, j] = [r.int(0, 5), r.int(0, 5)];
    const swapped = [...digits];
    [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
    if (swapped[0] !== 0) found.add(Number(swapped.join('')));
  }
  return shuffle(r, [...found]);
}

const PLACES: [number, string][] = [
  [100, 'Hunderter'],
  [1000, 'Tausender'],
  [10_000, 'Zehntausender'],
  [100_000, 'Hunderttausender'],
];

export const LARGE_NUMBER_TEMPLATES: Template[] = [
  {
    id: 'nu-ln-words-to-number',
    title: 'Zahlwort als Zahl schreiben',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const number = largeNumber(r);
      return {
        prompt: `Schreibe als Zahl: „${numberWord(number)}“.`,
        answer: int(number),
        hint: 'Trenne das Zahlwort bei „tausend“: Was davor steht, sind die Tausender.',
      };
    },
  },
  {
    id: 'nu-ln-fill-words',
    title: 'Großes Zahlwort in die Stellenwerttafel legen',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const number = largeNumber(r);
      return {
        prompt: `Lege die Zahl „${numberWord(number)}“ in die Stellenwerttafel.`,
        answer: int(number),
        representation: fillChart(6),
        hint: 'Was vor „tausend“ steht, gehört in die Spalten HT, ZT und T.',
      };
    },
  },
  {
    id: 'nu-ln-chart-read',
    title: 'Stellenwerttafel bis 1 000 000 lesen',
    version: 1,
    topic: 'large-numbers',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const tokens = [r.int(1, 9), ...Array.from({ length: 5 }, () => digitOrZero(r))];
      return {
        prompt: 'Welche Zahl ist in der Stellenwerttafel gelegt?',
        answer: int(Number(tokens.join(''))),
        representation: readChart(tokens),
        hint: 'Schreibe für jede Spalte die Anzahl der Plättchen auf, für eine leere Spalte eine 0.',
      };
    },
  },
  {
    id: 'nu-ln-successor',
    title: 'Vorgänger und Nachfolger',
    version: 1,
    topic: 'large-numbers',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const power = 10 ** r.int(2, 4);
      const round = drawUntil(
        () => r.int(2, 999) * power,
        (n) => n >= 10_000 && n < 1_000_000 && (n / power) % 10 !== 0,
      );
      const isSuccessor = r.int(0, 1) === 0;
      return {
        prompt: isSuccessor
          ? `Wie heißt der Nachfolger von ${de(round - 1)}?`
          : `Wie heißt der Vorgänger von ${de(round)}?`,
        answer: int(isSuccessor ? round : round - 1),
        hint: 'Der Nachfolger ist um 1 größer, der Vorgänger um 1 kleiner.',
      };
    },
  },
  {
    id: 'nu-ln-neighbours',
    title: 'Nachbarhunderter und Nachbartausender',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const [unit, name] = r.pick(PLACES);
      const number = drawUntil(
        () => largeNumber(r),
        (n) => n % unit !== 0 && n > unit,
      );
      const isLarger = r.int(0, 1) === 0;
      const lower = Math.floor(number / unit) * unit;
      return {
        prompt: `Gib den ${isLarger ? 'größeren' : 'kleineren'} Nachbar${name.toLowerCase()} von ${de(number)} an.`,
        answer: int(isLarger ? lower + unit : lower),
        hint: `Die Nachbar${name.toLowerCase()} sind die ${name}zahlen direkt vor und direkt nach der Zahl.`,
      };
    },
  },
  {
    id: 'nu-ln-step',
    title: 'Um 100, 1 000, 10 000 größer oder kleiner',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const step = r.pick([100, 1000, 10_000, 100_000]);
      const isLarger = r.int(0, 1) === 0;
      // The digit at the step's place is 9 (or 0 when going down) most of the time: a carry.
      const number = drawUntil(
        () => largeNumber(r),
        (n) => {
          const digit = Math.floor(n / step) % 10;
          const result = isLarger ? n + step : n - step;
          return result > 1000 && result < 1_000_000 && (digit === (isLarger ? 9 : 0) || r.int(0, 3) === 0);
        },
      );
      return {
        prompt: `Welche Zahl ist um ${de(step)} ${isLarger ? 'größer' : 'kleiner'} als ${de(number)}?`,
        answer: int(isLarger ? number + step : number - step),
        hint: 'Achte auf die Stelle, die sich ändert, und auf den Übertrag zur nächsten Stelle.',
      };
    },
  },
  {
    id: 'nu-ln-extreme-choice',
    title: 'Größte oder kleinste Zahl finden (Auswahl)',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const numbers = sameDigits(r, 4);
      const isLargest = r.int(0, 1) === 0;
      const sorted = [...numbers].sort((a, b) => a - b);
      const correct = isLargest ? sorted[3]! : sorted[0]!;
      const answer = choice(r, de(correct), numbers.filter((n) => n !== correct).map(de));
      const list = `${answer.options.slice(0, 3).join(', ')} und ${answer.options[3]}`;
      return {
        prompt: `Welche der Zahlen ${list} ist die ${isLargest ? 'größte' : 'kleinste'}?`,
        answer,
        hint: 'Vergleiche die Ziffern von links nach rechts: Die erste Stelle, die sich unterscheidet, entscheidet.',
      };
    },
  },
  {
    id: 'nu-ln-order',
    title: 'Große Zahlen ordnen',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const numbers = sameDigits(r, 4);
      const order = numbers.map((_, i) => i).sort((a, b) => numbers[a]! - numbers[b]!);
      return {
        prompt: `Ordne die Zahlen ${numbers.map(de).join('; ')} der Größe nach. Beginne mit der kleinsten.`,
        answer: { kind: 'order', items: numbers.map(de), correctOrder: order },
        hint: 'Vergleiche die Ziffern von links nach rechts, Stelle für Stelle.',
      };
    },
  },
];
