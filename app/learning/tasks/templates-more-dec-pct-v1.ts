// Version 1 of the decimal and percent templates (dec-, pct-), kept verbatim: retired, never
// served, still regenerated to grade and show old attempts. Do not change anything here.
import { add, compare, formatDecimal, mul, rational } from './rational';
import type { Template } from './task-types';

export const DECIMAL_PERCENT_TEMPLATES_V1: Template[] = [
  {
    id: 'dec-from-fraction',
    title: 'Bruch als Dezimalzahl',
    version: 1,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [a, b] = r.pick<[number, number]>([
        [1, 2],
        [1, 4],
        [3, 4],
        [1, 5],
        [2, 5],
        [3, 5],
        [4, 5],
        [1, 8],
        [3, 8],
        [7, 10],
        [9, 20],
        [3, 25],
      ]);
      return {
        prompt: `Schreibe ${a}/${b} als Dezimalzahl.`,
        answer: { kind: 'number', value: rational(a, b), forms: ['decimal'] },
      };
    },
  },
  {
    id: 'dec-add',
    title: 'Dezimalzahlen addieren',
    version: 1,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [a, b] = [rational(r.int(1, 999), 100), rational(r.int(1, 99), 10)];
      return { prompt: `${formatDecimal(a)} + ${formatDecimal(b)} = ?`, answer: { kind: 'number', value: add(a, b) } };
    },
  },
  {
    id: 'dec-times-power-of-ten',
    title: 'Mal 10, 100, 1000',
    version: 1,
    topic: 'decimals',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const a = rational(r.int(1, 999), 1000);
      const factor = r.pick([10, 100, 1000]);
      return {
        prompt: `${formatDecimal(a)} · ${factor} = ?`,
        answer: { kind: 'number', value: mul(a, rational(factor)) },
      };
    },
  },
  {
    id: 'dec-larger',
    title: 'Größere Dezimalzahl wählen',
    version: 1,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const a = rational(r.int(1, 99), 10);
      let b = rational(r.int(1, 999), 100);
      if (compare(a, b) === 0) b = add(b, rational(1, 100));
      return {
        prompt: 'Welche Zahl ist größer?',
        answer: { kind: 'choice', options: [formatDecimal(a)!, formatDecimal(b)!], correct: compare(a, b) > 0 ? 0 : 1 },
      };
    },
  },
  {
    id: 'pct-of-amount',
    title: 'Prozent von einer Zahl',
    version: 1,
    topic: 'percentages',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const p = r.pick([10, 20, 25, 50, 75, 5, 1]);
      const amount = r.int(1, 40) * 20;
      return {
        prompt: `Wie viel sind ${p} % von ${amount}?`,
        answer: { kind: 'number', value: mul(rational(p, 100), rational(amount)) },
      };
    },
  },
  {
    id: 'pct-share',
    title: 'Anteil in Prozent',
    version: 1,
    topic: 'percentages',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const whole = r.pick([20, 25, 50, 200, 400]);
      const part = r.int(1, whole - 1);
      return {
        prompt: `Wie viel Prozent sind ${part} von ${whole}?`,
        answer: { kind: 'number', value: rational(part * 100, whole), unit: '%' },
      };
    },
  },
  {
    id: 'pct-from-fraction',
    title: 'Bruch in Prozent',
    version: 1,
    topic: 'percentages',
    difficulty: 1,
    grade: 6,
    generate: (r) => {
      const [a, b] = r.pick<[number, number]>([
        [1, 2],
        [1, 4],
        [3, 4],
        [1, 5],
        [2, 5],
        [1, 10],
        [3, 10],
        [1, 20],
        [1, 25],
      ]);
      return {
        prompt: `Schreibe ${a}/${b} in Prozent.`,
        answer: { kind: 'number', value: rational(a * 100, b), unit: '%' },
      };
    },
  },
  {
    id: 'pct-discount',
    title: 'Preis nach Rabatt',
    version: 1,
    topic: 'percentages',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const price = r.int(2, 40) * 5;
      const p = r.pick([10, 20, 25, 30, 50]);
      return {
        prompt: `Ein Buch kostet ${price} €. Es gibt ${p} % Rabatt. Wie viel Euro kostet es jetzt?`,
        answer: { kind: 'number', value: mul(rational(price), rational(100 - p, 100)), unit: '€' },
      };
    },
  },
];
