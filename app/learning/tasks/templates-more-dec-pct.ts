// Version 2 of the decimal and percent templates of templates-fractions.ts (dec-, pct-): more
// instances, a hint on each, "Wie viel ist 1 % …" in the singular, and comparisons of decimals
// with the same whole part, where the longer number is not always the larger one.
import { add, formatDecimal, mul, rational } from './rational';
import type { Template } from './task-types';
import { choice, euro, gcd } from './templates-more-kit';

const DECIMAL_DENOMINATORS = [2, 4, 5, 8, 10, 20, 25, 40, 50];
const PERCENT_DENOMINATORS = [2, 4, 5, 10, 20, 25, 50];
const PRICED: [string, string, number, number][] = [
  ['Ein Buch', 'es', 10, 40],
  ['Ein Brettspiel', 'es', 15, 60],
  ['Eine Jacke', 'sie', 40, 120],
  ['Ein Fahrradhelm', 'er', 20, 80],
  ['Ein Paar Turnschuhe', 'es', 30, 100],
];

export const DECIMAL_PERCENT_TEMPLATES: Template[] = [
  {
    id: 'dec-from-fraction',
    title: 'Bruch als Dezimalzahl',
    version: 2,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      // Proper fractions, and reduced improper ones up to 2 (7/4 = 1,75).
      const b = r.pick(DECIMAL_DENOMINATORS);
      let a = r.int(1, 2 * b - 1);
      while (a === b || (a > b && gcd(a, b) > 1)) a = r.int(1, 2 * b - 1);
      return {
        prompt: `Schreibe ${a}/${b} als Dezimalzahl.`,
        answer: { kind: 'number', value: rational(a, b), forms: ['decimal'] },
        hint: 'Erweitere den Bruch auf den Nenner 10, 100 oder 1000.',
      };
    },
  },
  {
    id: 'dec-add',
    title: 'Dezimalzahlen addieren',
    version: 2,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [a, b] = [rational(r.int(1, 999), 100), rational(r.int(1, 99), 10)];
      return {
        prompt: `${formatDecimal(a)} + ${formatDecimal(b)} = ?`,
        answer: { kind: 'number', value: add(a, b) },
        hint: 'Schreibe Komma unter Komma und addiere Stelle für Stelle.',
      };
    },
  },
  {
    id: 'dec-times-power-of-ten',
    title: 'Mal 10, 100, 1000',
    version: 2,
    topic: 'decimals',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const a = rational(r.int(1, 999), 1000);
      const factor = r.pick([10, 100, 1000]);
      return {
        prompt: `${formatDecimal(a)} · ${factor} = ?`,
        answer: { kind: 'number', value: mul(a, rational(factor)) },
        hint: 'Beim Malnehmen mit 10, 100 oder 1000 rückt das Komma so viele Stellen nach rechts, wie Nullen da sind.',
      };
    },
  },
  {
    id: 'dec-larger',
    title: 'Größere Dezimalzahl wählen',
    version: 2,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const whole = r.int(0, 20);
      const tenths = r.int(1, 9);
      // The number with two places is larger (same or next tenth) or smaller (tenth one less).
      const isLongerLarger = r.int(0, 1) === 1;
      const otherTenths = isLongerLarger ? Math.min(9, tenths + r.int(0, 1)) : tenths - 1;
      const short = rational(whole * 10 + tenths, 10);
      const long = rational(whole * 100 + otherTenths * 10 + r.int(1, 9), 100);
      const isLargerAsked = r.int(0, 1) === 1;
      const [right, wrong] = isLongerLarger === isLargerAsked ? [long, short] : [short, long];
      const answer = choice(r, formatDecimal(right)!, [formatDecimal(wrong)!]);
      return {
        prompt: `Welche Zahl ist ${isLargerAsked ? 'größer' : 'kleiner'}: ${answer.options.join(' oder ')}?`,
        answer,
        hint: 'Vergleiche Stelle für Stelle von links: erst die Einer, dann die Zehntel, dann die Hundertstel.',
      };
    },
  },
  {
    id: 'pct-of-amount',
    title: 'Prozent von einer Zahl',
    version: 2,
    topic: 'percentages',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const p = r.pick([10, 20, 25, 50, 75, 5, 1]);
      let amount = r.int(1, 40) * 20;
      while (amount === 100) amount = r.int(1, 40) * 20; // p % of 100 would be p itself
      return {
        prompt: `Wie viel ist ${p} % von ${amount}?`,
        answer: { kind: 'number', value: mul(rational(p, 100), rational(amount)) },
        hint: 'Rechne zuerst 1 % oder 10 % aus und schließe dann auf den gefragten Anteil.',
      };
    },
  },
  {
    id: 'pct-share',
    title: 'Anteil in Prozent',
    version: 2,
    topic: 'percentages',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const whole = r.pick([20, 25, 40, 50, 200, 500]);
      let part = r.int(1, whole - 1);
      while (part * 100 === whole * whole) part = r.int(1, whole - 1); // 25 of 50 is 50 %
      return {
        prompt: `Wie viel Prozent von ${whole} ${part === 1 ? 'ist' : 'sind'} ${part}?`,
        answer: { kind: 'number', value: rational(part * 100, whole), unit: '%' },
        hint: 'Schreibe den Anteil als Bruch und erweitere ihn auf den Nenner 100.',
      };
    },
  },
  {
    id: 'pct-from-fraction',
    title: 'Bruch in Prozent',
    version: 2,
    topic: 'percentages',
    difficulty: 1,
    grade: 6,
    generate: (r) => {
      // Proper fractions, and reduced improper ones up to 2 (5/4 = 125 %).
      const b = r.pick(PERCENT_DENOMINATORS);
      let a = r.int(1, 2 * b - 1);
      while (a === b || (a > b && gcd(a, b) > 1)) a = r.int(1, 2 * b - 1);
      return {
        prompt: `Schreibe ${a}/${b} in Prozent.`,
        answer: { kind: 'number', value: rational(a * 100, b), unit: '%' },
        hint: 'Erweitere den Bruch auf den Nenner 100: der Zähler sagt dann die Prozent.',
      };
    },
  },
  {
    id: 'pct-discount',
    title: 'Preis nach Rabatt',
    version: 2,
    topic: 'percentages',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const [thing, pronoun, low, high] = r.pick(PRICED);
      const price = r.int(low / 5, high / 5) * 5;
      let p = r.pick([10, 20, 25, 30, 50]);
      while (price * (100 - p) === p * 100) p = r.pick([10, 20, 25, 30, 50]); // 25 € − 20 % = 20 €
      return {
        prompt: `${thing} kostet ${euro(price * 100)}. Es gibt ${p} % Rabatt. Wie viel Euro kostet ${pronoun} jetzt?`,
        answer: { kind: 'number', value: mul(rational(price), rational(100 - p, 100)), unit: '€' },
        hint: 'Rechne aus, wie viel Euro der Rabatt ist, und ziehe ihn vom Preis ab.',
      };
    },
  },
];
