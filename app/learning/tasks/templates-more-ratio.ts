// Dreisatz (grade 6): proportional and simple inverse ("antiproportional") problems, a proportional
// table with a gap, and telling proportional, inverse and neither apart in a table.
import { formatWithPlaces } from './rational';
import type { Template } from './task-types';
import type { Unit } from './units';
import { count, de, euro, fixedChoice, num, pickDistinct, q } from './templates-more-kit';

type Proportional = { one: string; many: string; unit: 'money' | Unit; perOne: [number, number, number] };

// What is bought or made: singular, plural, the unit of what it costs or gives, and per piece
// (min, max, step), in cents for money.
const PROPORTIONAL: Proportional[] = [
  { one: 'Heft', many: 'Hefte', unit: 'money', perOne: [45, 180, 5] },
  { one: 'Brötchen', many: 'Brötchen', unit: 'money', perOne: [35, 95, 5] },
  { one: 'Kinokarte', many: 'Kinokarten', unit: 'money', perOne: [550, 950, 50] },
  { one: 'Packung Saft', many: 'Packungen Saft', unit: 'money', perOne: [89, 199, 10] },
  { one: 'Kiste Äpfel', many: 'Kisten Äpfel', unit: 'kg', perOne: [6, 15, 1] },
  { one: 'Rolle Klebeband', many: 'Rollen Klebeband', unit: 'm', perOne: [10, 50, 5] },
];

type Inverse = {
  text: (workers: number, time: number, others: number) => string;
  unit: 'h' | 'min' | '€' | null;
  workers: number[];
  time: [number, number, number]; // min, max, step
};

// Simple inverse problems with numbers that fit their context.
const INVERSE: Inverse[] = [
  {
    text: (a, t, b) =>
      `${a} Kinder brauchen ${t} Minuten, um den Schulhof aufzuräumen. ` +
      `Wie viele Minuten brauchen ${b} Kinder, wenn alle gleich schnell arbeiten?`,
    unit: 'min',
    workers: [2, 3, 4, 5, 6, 8, 10, 12],
    time: [20, 90, 5],
  },
  {
    text: (a, t, b) =>
      `Mit ${a} Pumpen ist ein Becken in ${t} Stunden leer. ` +
      `Wie viele Stunden dauert es mit ${b} gleich starken Pumpen?`,
    unit: 'h',
    workers: [2, 3, 4, 5, 6],
    time: [2, 12, 1],
  },
  {
    text: (a, t, b) => `Das Futter reicht für ${a} Kaninchen ${t} Tage. Wie viele Tage reicht es für ${b} Kaninchen?`,
    unit: null,
    workers: [2, 3, 4, 5, 6, 8],
    time: [6, 30, 1],
  },
  {
    text: (a, t, b) =>
      `Ein Geschenk wird auf ${a} Kinder aufgeteilt; jedes zahlt ${t} €. ` +
      `Wie viel Euro zahlt jedes Kind, wenn sich ${b} Kinder den Preis teilen?`,
    unit: '€',
    workers: [3, 4, 5, 6, 8, 10, 12],
    time: [3, 15, 1],
  },
];

const KINDS = ['proportional', 'antiproportional', 'weder noch'];

export const RATIO_TEMPLATES: Template[] = [
  {
    id: 'mo-ratio-proportional',
    title: 'Dreisatz: proportional',
    version: 1,
    topic: 'ratio',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      for (;;) {
        const thing = r.pick(PROPORTIONAL);
        const [min, max, step] = thing.perOne;
        const perOne = r.int(min / step, max / step) * step;
        const unit = thing.unit;
        const [a, b] = pickDistinct(r, [2, 3, 4, 5, 6, 7, 8, 9, 10, 12], 2) as [number, number];
        // The answer is not one of the counts (8 Hefte … 10 Hefte kosten 8 €; 1 € per Heft).
        const answer = unit === 'money' ? (b * perOne) / 100 : b * perOne;
        if ([a, b].includes(answer)) continue;
        const show = (n: number) => (unit === 'money' ? euro(n * perOne) : `${de(n * perOne)} ${unit}`);
        const verb = unit === 'money' ? 'kosten' : 'enthalten';
        return {
          prompt:
            `${count(a, thing.one, thing.many)} ${verb} ${show(a)}. ` +
            `Wie viel ${verb} ${count(b, thing.one, thing.many)}?`,
          answer: unit === 'money' ? num(q(b * perOne, 100), { unit: '€' }) : num(b * perOne, { unit }),
          hint: 'Rechne zuerst aus, wie viel ein Stück ist, und nimm es dann mal die gefragte Anzahl.',
        };
      }
    },
  },
  {
    id: 'mo-ratio-inverse',
    title: 'Dreisatz: antiproportional',
    version: 1,
    topic: 'ratio',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      for (;;) {
        const context = r.pick(INVERSE);
        const [a, b] = pickDistinct(r, context.workers, 2) as [number, number];
        const [min, max, step] = context.time;
        const t = r.int(min / step, max / step) * step;
        if ((a * t) % b !== 0 || [a, b, t].includes((a * t) / b)) continue;
        return {
          prompt: context.text(a, t, b),
          answer: num((a * t) / b, context.unit ? { unit: context.unit } : {}),
          hint: 'Rechne zuerst aus, wie es bei einem allein wäre: mehr Beteiligte, weniger für jeden.',
        };
      }
    },
  },
  {
    id: 'mo-ratio-table',
    title: 'Proportionale Tabelle ergänzen',
    version: 1,
    topic: 'ratio',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const perOne = r.int(10, 50) * 5;
      const amounts = pickDistinct(r, [1, 2, 3, 4, 5, 6, 8, 10, 12], 4).sort((x, y) => x - y);
      const gap = r.int(1, 3);
      const isPriceMissing = r.int(0, 1) === 1;
      const rows = amounts.map((n, i) => [
        i === gap && !isPriceMissing ? '?' : `${n}`,
        i === gap && isPriceMissing ? '?' : formatWithPlaces(q(n * perOne, 100), 2)!,
      ]);
      return {
        prompt: 'Der Preis ist proportional zur Anzahl. Welche Zahl gehört an die Stelle des Fragezeichens?',
        answer: isPriceMissing ? num(q(amounts[gap]! * perOne, 100), { unit: '€' }) : num(amounts[gap]!),
        representation: { kind: 'table', caption: 'Preise für Muffins', header: ['Anzahl', 'Preis in €'], rows },
        hint: 'Rechne mit einer Zeile aus, was ein Muffin kostet.',
      };
    },
  },
  {
    id: 'mo-ratio-kind',
    title: 'Proportional oder antiproportional?',
    version: 1,
    topic: 'ratio',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const kind = r.int(0, 2);
      const xs = pickDistinct(r, [1, 2, 3, 4, 5, 6, 8, 10, 12], 4).sort((x, y) => x - y);
      const c = r.int(2, 9);
      const total = 120 * r.int(1, 3);
      const offset = r.int(1, 9);
      const sum = 14 + r.int(0, 10);
      const isRising = r.int(0, 1) === 1;
      const ys = xs.map((x) => (kind === 0 ? c * x : kind === 1 ? total / x : isRising ? c * x + offset : sum - x));
      return {
        prompt: 'Ist die Zuordnung in der Tabelle proportional, antiproportional oder weder noch?',
        answer: fixedChoice(KINDS, kind),
        representation: {
          kind: 'table',
          caption: 'Eine Zuordnung',
          header: ['x', 'y'],
          rows: xs.map((x, i) => [`${x}`, `${ys[i]}`]),
        },
        hint: 'Proportional heißt: y : x ist immer gleich; antiproportional heißt: x · y ist immer gleich.',
      };
    },
  },
];
