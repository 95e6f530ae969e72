// Rounding and estimating (Überschlag): rounding to a place, on the number line, which number
// rounds to a given one, and estimating sums, differences and products with rounded numbers.
import type { Random, Template } from './task-types';
import { choice, de, drawUntil, int, readLine, shuffle, valueAtTick } from './templates-numbers-kit';

const PLACES: [number, string][] = [
  [10, 'Zehner'],
  [100, 'Hunderter'],
  [1000, 'Tausender'],
  [10_000, 'Zehntausender'],
  [100_000, 'Hunderttausender'],
];
const roundTo = (value: number, unit: number) => Math.round(value / unit) * unit;

// A number to round to `unit`: the deciding digit is often 4 or 5, or a 9 before it makes a carry.
function numberToRound(r: Random, unit: number): number {
  return drawUntil(
    () => {
      const high = r.int(0, Math.floor(999_999 / (unit * 10))) * unit * 10;
      const digitAtPlace = r.int(0, 3) === 0 ? 9 : r.int(0, 9);
      const deciding = r.pick([4, 5, r.int(0, 9), r.int(1, 9)]);
      return high + digitAtPlace * unit + deciding * (unit / 10) + r.int(0, unit / 10 - 1);
    },
    (n) => n % unit !== 0 && n > unit && n < 1_000_000,
  );
}

export const ROUNDING_TEMPLATES: Template[] = [
  {
    id: 'nu-ro-round',
    title: 'Runden bis 1 000 000',
    version: 1,
    topic: 'rounding',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const [unit, name] = r.pick(PLACES);
      const number = numberToRound(r, unit);
      return {
        prompt: `Runde ${de(number)} auf ${name}.`,
        answer: int(roundTo(number, unit)),
        hint: 'Schau auf die Ziffer rechts von der Rundungsstelle: Bei 0 bis 4 rundest du ab, bei 5 bis 9 auf.',
      };
    },
  },
  {
    id: 'nu-ro-line',
    title: 'Runden am Zahlenstrahl',
    version: 1,
    topic: 'rounding',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const isHundreds = r.int(0, 1) === 0;
      const unit = isHundreds ? 100 : 10;
      const start = isHundreds ? r.int(0, 9) * 100 : r.int(1, 99) * 10;
      const line = { start, end: start + unit, intervals: 10, labelEvery: 5 };
      const tick = r.int(1, 9);
      return {
        prompt: `Punkt A zeigt eine Zahl. Runde sie auf ${isHundreds ? 'Hunderter' : 'Zehner'}.`,
        answer: int(roundTo(valueAtTick(line, tick), unit)),
        representation: readLine(line, tick),
        hint: 'Liegt der Punkt näher am linken oder am rechten Ende? Genau in der Mitte rundest du auf.',
      };
    },
  },
  {
    id: 'nu-ro-which-rounds',
    title: 'Welche Zahl ergibt gerundet …? (Auswahl)',
    version: 1,
    topic: 'rounding',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const [unit, name] = r.pick(PLACES.slice(0, 3));
      // Every option has as many digits as the target: 21 to 98 units.
      const target = r.int(21, 98) * unit;
      const half = unit / 2;
      const within = (from: number, to: number) => r.int(from, to);
      const correct = within(target - half, target + half - 1);
      const distractors = [
        within(target + half, target + unit - 1), // cut off instead of rounded
        within(target - unit, target - half - 1), // rounds to the lower neighbour
        r.pick([within(target - unit - half, target - unit - 1), within(target + unit, target + unit + half - 1)]),
      ];
      return {
        prompt: `Welche Zahl ergibt auf ${name} gerundet ${de(target)}?`,
        answer: choice(r, de(correct), shuffle(r, distractors).map(de)),
        hint: 'Runde jede Zahl selbst: Schau auf die Ziffer rechts von der Rundungsstelle.',
      };
    },
  },
  {
    id: 'nu-ro-estimate-sum',
    title: 'Überschlag bei Summe und Differenz',
    version: 1,
    topic: 'rounding',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const isSum = r.int(0, 1) === 0;
      const [unit, name] = r.pick(PLACES.slice(1, 3));
      const draw = () => r.int(unit * 10 + 1, unit * 100 - 1);
      const [a, b] = drawUntil(
        () => [draw(), draw()] as const,
        ([x, y]) =>
          x % unit !== 0 &&
          y % unit !== 0 &&
          (isSum ? roundTo(x, unit) + roundTo(y, unit) !== x + y : roundTo(x, unit) - roundTo(y, unit) !== x - y) &&
          (isSum || roundTo(x, unit) > roundTo(y, unit)),
      );
      const estimate = isSum ? roundTo(a, unit) + roundTo(b, unit) : roundTo(a, unit) - roundTo(b, unit);
      return {
        prompt: `Überschlage ${de(a)} ${isSum ? '+' : '−'} ${de(b)}. Runde dazu beide Zahlen auf ${name}.`,
        answer: int(estimate),
        hint: 'Runde zuerst jede Zahl für sich und rechne dann mit den gerundeten Zahlen.',
      };
    },
  },
  {
    id: 'nu-ro-estimate-product',
    title: 'Überschlag beim Multiplizieren',
    version: 1,
    topic: 'rounding',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const kind = r.int(0, 2);
      if (kind === 2) {
        const [a, b] = drawUntil(
          () => [r.int(11, 99), r.int(11, 99)] as const,
          ([x, y]) => x % 10 !== 0 && y % 10 !== 0 && roundTo(x, 10) * roundTo(y, 10) !== x * y,
        );
        return {
          prompt: `Überschlage ${a} · ${b}. Runde dazu beide Zahlen auf Zehner.`,
          answer: int(roundTo(a, 10) * roundTo(b, 10)),
          hint: 'Runde zuerst beide Zahlen, dann rechne mit den Zehnerzahlen.',
        };
      }
      return product(r, kind);
    },
  },
];

// One factor rounded (to tens for two digits, to hundreds for three), the other a single digit.
function product(r: Random, kind: number) {
  const unit = kind === 0 ? 10 : 100;
  const a = drawUntil(
    () => r.int(unit + 1, unit * 10 - 1),
    (n) => n % unit !== 0,
  );
  const b = r.int(3, 9);
  return {
    prompt: `Überschlage ${de(a)} · ${b}. Runde dazu ${de(a)} auf ${unit === 10 ? 'Zehner' : 'Hunderter'}.`,
    answer: int(roundTo(a, unit) * b),
    hint: 'Runde zuerst und rechne dann mit der gerundeten Zahl.',
  };
}
