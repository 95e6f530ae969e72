// Calculating with decimals (grade 6): subtract, multiply, divide, add on a number line; and
// percentages as shaded parts (shade p %, read how many percent are shaded).
import { add, equals, mul, sub } from './rational';
import type { Template } from './task-types';
import { de, num, pickDistinct, q } from './templates-more-kit';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
// A decimal with one or two places that is not a whole number (and, with two places, not x,x0).
const decimalOf = (whole: number, places: 1 | 2, last: number, tenths = 0) =>
  places === 1 ? q(whole * 10 + last, 10) : q(whole * 100 + tenths * 10 + last, 100);

// (parts, percent) where that percent of the parts is a whole number of parts.
const PERCENT_PARTS: [number, number][] = range(23)
  .map((i) => i + 2)
  .flatMap((parts) => range(99).map((i): [number, number] => [parts, i + 1]))
  .filter(([parts, p]) => (parts * p) % 100 === 0);

export const DECIMAL_ARITHMETIC_TEMPLATES: Template[] = [
  {
    id: 'mo-deca-subtract',
    title: 'Dezimalzahlen subtrahieren',
    version: 1,
    topic: 'decimals-arithmetic',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const a = decimalOf(r.int(3, 30), r.pick([1, 2] as const), r.int(1, 9), r.int(0, 9));
      const b = decimalOf(r.int(1, 2), 2, r.int(1, 9), r.int(0, 9));
      return {
        prompt: `${de(a)} − ${de(b)} = ?`,
        answer: num(sub(a, b)),
        hint: 'Schreibe Komma unter Komma und fülle fehlende Stellen mit Nullen auf.',
      };
    },
  },
  {
    id: 'mo-deca-times-whole',
    title: 'Dezimalzahl mal natürliche Zahl',
    version: 1,
    topic: 'decimals-arithmetic',
    difficulty: 1,
    grade: 6,
    generate: (r) => {
      const a = decimalOf(r.int(0, 12), r.pick([1, 2] as const), r.int(1, 9), r.int(0, 9));
      const k = r.int(3, 9);
      return {
        prompt: `${de(a)} · ${k} = ?`,
        answer: num(mul(a, q(k))),
        hint: 'Rechne ohne Komma; das Ergebnis hat so viele Nachkommastellen wie die Dezimalzahl.',
      };
    },
  },
  {
    id: 'mo-deca-multiply',
    title: 'Zwei Dezimalzahlen multiplizieren',
    version: 1,
    topic: 'decimals-arithmetic',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const a = decimalOf(r.int(0, 3), 1, r.int(1, 9));
      const b = r.int(0, 1) === 1 ? decimalOf(r.int(0, 2), 1, r.int(1, 9)) : decimalOf(0, 2, r.int(1, 9));
      return {
        prompt: `${de(a)} · ${de(b)} = ?`,
        answer: num(mul(a, b)),
        hint: 'Rechne ohne Komma; das Ergebnis hat so viele Nachkommastellen wie beide Faktoren zusammen.',
      };
    },
  },
  {
    id: 'mo-deca-divide-whole',
    title: 'Dezimalzahl durch natürliche Zahl',
    version: 1,
    topic: 'decimals-arithmetic',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const quotient = decimalOf(r.int(0, 9), r.pick([1, 2] as const), r.int(1, 9), r.int(0, 9));
      const k = r.int(2, 9);
      return {
        prompt: `${de(mul(quotient, q(k)))} : ${k} = ?`,
        answer: num(quotient),
        hint: 'Teile wie gewohnt und setze das Komma im Ergebnis, sobald du das Komma überschreitest.',
      };
    },
  },
  {
    id: 'mo-deca-divide-decimal',
    title: 'Durch eine Dezimalzahl dividieren',
    version: 1,
    topic: 'decimals-arithmetic',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const divisor = decimalOf(r.int(0, 2), 1, r.int(1, 9));
      let quotient = r.int(0, 2) === 0 ? decimalOf(r.int(1, 9), 1, r.int(1, 9)) : q(r.int(2, 40));
      if (equals(quotient, divisor)) quotient = add(quotient, q(1));
      return {
        prompt: `${de(mul(divisor, quotient))} : ${de(divisor)} = ?`,
        answer: num(quotient),
        hint:
          'Verschiebe bei beiden Zahlen das Komma um gleich viele Stellen nach rechts, ' +
          'bis du durch eine natürliche Zahl teilst.',
      };
    },
  },
  {
    id: 'mo-deca-line-add',
    title: 'Ergebnis am Zahlenstrahl markieren',
    version: 1,
    topic: 'decimals-arithmetic',
    difficulty: 1,
    grade: 6,
    generate: (r) => {
      const start = r.int(0, 8);
      const isAdding = r.int(0, 1) === 1;
      const step = r.int(2, 15);
      let from = isAdding ? r.int(1, 19 - step) : r.int(step + 1, 19);
      if (!isAdding && from === 2 * step) from = from === 19 ? from - 1 : from + 1; // 2,6 − 1,3
      const a = q(start * 10 + from, 10);
      const result = isAdding ? add(a, q(step, 10)) : sub(a, q(step, 10));
      return {
        prompt:
          `Rechne ${de(a)} ${isAdding ? '+' : '−'} ${de(q(step, 10))} und markiere das Ergebnis auf ` +
          `dem Zahlenstrahl.`,
        answer: num(result),
        representation: {
          kind: 'number-line',
          mode: 'mark',
          start,
          end: start + 2,
          intervals: 20,
          labelEvery: 10,
          labels: 'decimal',
          snapsPerInterval: 1,
        },
        hint: 'Jeder Strich ist ein Zehntel: gehe vom ersten Wert so viele Zehntel weiter, wie du rechnest.',
      };
    },
  },
  {
    id: 'mo-pct-shade',
    title: 'Prozent färben',
    version: 1,
    topic: 'percentages',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const [parts, p] = r.pick(PERCENT_PARTS);
      const shape = r.pick(['bar', 'circle'] as const);
      const isWhiteNamed = r.int(0, 1) === 1;
      const whole = shape === 'bar' ? 'des Streifens' : 'des Kreises';
      return {
        prompt: isWhiteNamed
          ? `Färbe so viele Teile ${whole}, dass genau ${100 - p} % weiß bleiben.`
          : `Färbe ${p} % ${whole}.`,
        answer: num(q(p, 100), { shownAs: 'fraction' }),
        representation: { kind: 'fraction-parts', mode: 'shade', shape, parts },
        hint: '100 % sind alle Teile; rechne aus, wie viel Prozent ein Teil ist.',
      };
    },
  },
  {
    id: 'mo-pct-read-picture',
    title: 'Gefärbten Anteil in Prozent ablesen',
    version: 1,
    topic: 'percentages',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const [parts, p] = r.pick(PERCENT_PARTS);
      return {
        prompt: 'Wie viel Prozent des Streifens sind gefärbt?',
        answer: num(p, { unit: '%' }),
        representation: {
          kind: 'fraction-parts',
          mode: 'read',
          shape: 'bar',
          parts,
          shaded: pickDistinct(r, range(parts), (parts * p) / 100).sort((a, b) => a - b),
        },
        hint: 'Schreibe den gefärbten Anteil als Bruch und erweitere ihn auf den Nenner 100.',
      };
    },
  },
];
