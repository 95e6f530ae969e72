// Version 1 of the fraction templates (fr-, fer-, fc-, fa-), kept verbatim: retired, never served,
// still regenerated to grade and show old attempts. Do not change anything here.
import { add, compare, formatFraction, formatMixed, rational, type Rational } from './rational';
import type { Random, Template } from './task-types';

const WORDS: [string, number, number][] = [
  ['ein Halb', 1, 2],
  ['ein Drittel', 1, 3],
  ['zwei Drittel', 2, 3],
  ['ein Viertel', 1, 4],
  ['drei Viertel', 3, 4],
  ['zwei Fünftel', 2, 5],
  ['drei Achtel', 3, 8],
  ['fünf Sechstel', 5, 6],
  ['sieben Zehntel', 7, 10],
];
const fr = (r: Rational) => formatFraction(r);
const properFraction = (random: Random, maxDenominator = 12) => {
  const d = random.int(2, maxDenominator);
  return rational(random.int(1, d - 1), d);
};
const distinctFractions = (random: Random, count: number) => {
  const found: Rational[] = [];
  while (found.length < count) {
    const candidate = properFraction(random, 10);
    if (!found.some((f) => compare(f, candidate) === 0)) found.push(candidate);
  }
  return found;
};

export const FRACTION_TEMPLATES_V1: Template[] = [
  {
    id: 'fr-shaded-parts',
    title: 'Bruchteil eines Ganzen',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const d = r.int(2, 12);
      const k = r.int(1, d - 1);
      return {
        prompt: `Ein Kuchen hat ${d} gleich große Stücke. ${k} davon sind gegessen. Welcher Bruchteil ist gegessen?`,
        answer: { kind: 'number', value: rational(k, d), forms: ['fraction'] },
      };
    },
  },
  {
    id: 'fr-words',
    title: 'Bruch aus Worten schreiben',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const [word, a, b] = r.pick(WORDS);
      return {
        prompt: `Schreibe „${word}“ als Bruch.`,
        answer: { kind: 'number', value: rational(a, b), forms: ['fraction'], denominator: b },
      };
    },
  },
  {
    id: 'fr-part-of-amount',
    title: 'Bruchteil einer Menge',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const d = r.int(2, 10);
      const k = r.int(1, d - 1);
      const amount = d * r.int(2, 12);
      return {
        prompt: `Wie viel sind ${k}/${d} von ${amount}?`,
        answer: { kind: 'number', value: rational((amount / d) * k) },
      };
    },
  },
  {
    id: 'fer-reduce',
    title: 'Brüche kürzen',
    version: 1,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const base = properFraction(r);
      const k = r.int(2, 6);
      return {
        prompt: `Kürze ${base.n * BigInt(k)}/${base.d * BigInt(k)} so weit wie möglich.`,
        answer: { kind: 'number', value: base, forms: ['fraction'], mustBeReduced: true },
      };
    },
  },
  {
    id: 'fer-expand',
    title: 'Brüche erweitern',
    version: 1,
    topic: 'fractions-expand-reduce',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const base = properFraction(r, 9);
      const k = r.int(2, 6);
      return {
        prompt: `Erweitere ${fr(base)} mit ${k}.`,
        answer: { kind: 'number', value: base, forms: ['fraction'], denominator: Number(base.d) * k },
      };
    },
  },
  {
    id: 'fer-missing-numerator',
    title: 'Fehlenden Zähler finden',
    version: 1,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const base = properFraction(r, 9);
      const k = BigInt(r.int(2, 8));
      return {
        prompt: `${fr(base)} = ?/${base.d * k}. Welche Zahl fehlt?`,
        answer: { kind: 'number', value: rational(base.n * k) },
      };
    },
  },
  {
    id: 'fer-equal-choice',
    title: 'Gleiche Brüche erkennen (Auswahl)',
    version: 1,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const base = properFraction(r, 6);
      const k = BigInt(r.int(2, 5));
      // Distractors never equal the fraction: (nk+1)/dk, nk/(dk+1), n/(d+1).
      const options = [
        `${base.n * k}/${base.d * k}`,
        `${base.n * k + 1n}/${base.d * k}`,
        `${base.n * k}/${base.d * k + 1n}`,
        `${base.n}/${base.d + 1n}`,
      ];
      const correct = r.int(0, 3);
      [options[0], options[correct]] = [options[correct]!, options[0]!];
      return { prompt: `Welcher Bruch ist gleich ${fr(base)}?`, answer: { kind: 'choice', options, correct } };
    },
  },
  {
    id: 'fc-symbol',
    title: 'Zeichen setzen: <, = oder >',
    version: 1,
    topic: 'fractions-compare',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [a, b] = [properFraction(r, 10), properFraction(r, 10)];
      return {
        prompt: `Setze das richtige Zeichen ein: ${fr(a)} ? ${fr(b)}`,
        answer: { kind: 'choice', options: ['<', '=', '>'], correct: compare(a, b) + 1 },
      };
    },
  },
  {
    id: 'fc-same-denominator',
    title: 'Größeren Bruch wählen, gleicher Nenner',
    version: 1,
    topic: 'fractions-compare',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const d = r.int(5, 12);
      const a = r.int(1, d - 2);
      const b = r.int(a + 1, d - 1);
      const isFirstLarger = r.int(0, 1) === 1;
      const options = isFirstLarger ? [`${b}/${d}`, `${a}/${d}`] : [`${a}/${d}`, `${b}/${d}`];
      return {
        prompt: 'Welcher Bruch ist größer?',
        answer: { kind: 'choice', options, correct: isFirstLarger ? 0 : 1 },
      };
    },
  },
  {
    id: 'fc-order',
    title: 'Brüche ordnen',
    version: 1,
    topic: 'fractions-compare',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const values = distinctFractions(r, 3);
      const order = values.map((_, i) => i).sort((x, y) => compare(values[x]!, values[y]!));
      return {
        prompt: 'Ordne die Brüche der Größe nach, den kleinsten zuerst.',
        answer: { kind: 'order', items: values.map(fr), correctOrder: order },
      };
    },
  },
  {
    id: 'fa-same-denominator',
    title: 'Addieren, gleicher Nenner',
    version: 1,
    topic: 'fractions-add',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const d = r.int(3, 12);
      const [a, b] = [r.int(1, d - 1), r.int(1, d - 1)];
      return {
        prompt: `${a}/${d} + ${b}/${d} = ?`,
        answer: { kind: 'number', value: rational(a + b, d), shownAs: 'fraction' },
      };
    },
  },
  {
    id: 'fa-different-denominators',
    title: 'Addieren, verschiedene Nenner',
    version: 1,
    topic: 'fractions-add',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const [a, b] = [properFraction(r, 8), properFraction(r, 8)];
      return {
        prompt: `${fr(a)} + ${fr(b)} = ?`,
        answer: { kind: 'number', value: add(a, b), shownAs: 'fraction' },
      };
    },
  },
  {
    id: 'fa-mixed-numbers',
    title: 'Gemischte Zahlen addieren',
    version: 1,
    topic: 'fractions-add',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const a = add(rational(r.int(1, 4)), properFraction(r, 6));
      const b = add(rational(r.int(1, 4)), properFraction(r, 6));
      return {
        prompt: `${formatMixed(a)} + ${formatMixed(b)} = ? (gemischte Zahl oder Bruch)`,
        answer: { kind: 'number', value: add(a, b), shownAs: 'mixed' },
      };
    },
  },
];
