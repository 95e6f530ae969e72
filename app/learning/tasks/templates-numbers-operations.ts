// Rules of arithmetic (grade 5): Punkt vor Strich, brackets first, left to right where the
// operations are alike, and all of it in one term. The value is computed from the term's text by
// those very rules (evaluate below), so that text and solution cannot disagree. Every term is one
// where the rule matters: reckoned carelessly (left to right, brackets ignored), it gives another value.
import type { Random, Template } from './task-types';
import { drawUntil, int } from './templates-numbers-kit';

type Order = 'rules' | 'left-to-right' | 'right-to-left';

// The value of a term of whole numbers, + − · : and brackets, by the rules or as a careless pupil
// reckons (strictly left to right, or right to left, brackets ignored); null when a number is 0 or
// a step is not a whole number of 1 or more, or multiplies or divides by 1 (never in a good term).
export function evaluate(term: string, order: Order = 'rules'): number | null {
  const tokens = term.match(/\d+|[-+−·:()]/g) ?? [];
  const step = (a: number | null, op: string, b: number | null): number | null => {
    if (a === null || b === null) return null;
    if ((op === '·' || op === ':') && (a === 1 || b === 1)) return null;
    const value = op === '+' ? a + b : op === '−' ? a - b : op === '·' ? a * b : a / b;
    return Number.isInteger(value) && value >= 1 ? value : null;
  };
  if (order !== 'rules') {
    const flat = tokens.filter((token) => token !== '(' && token !== ')');
    const values = flat.filter((_, i) => i % 2 === 0).map((token) => Number(token) || null);
    const ops = flat.filter((_, i) => i % 2 === 1);
    return order === 'left-to-right'
      ? values.slice(1).reduce((result, b, i) => step(result, ops[i]!, b), values[0]!)
      : values.slice(0, -1).reduceRight((result, a, i) => step(a, ops[i]!, result), values.at(-1)!);
  }
  let at = 0;
  const factor = (): number | null => {
    const token = tokens[at++];
    if (token !== '(') return Number(token) || null;
    const value = sum();
    at++; // the closing bracket
    return value;
  };
  const product = (): number | null => {
    let value = factor();
    while (tokens[at] === '·' || tokens[at] === ':') value = step(value, tokens[at++]!, factor());
    return value;
  };
  const sum = (): number | null => {
    let value = product();
    while (tokens[at] === '+' || tokens[at] === '−') value = step(value, tokens[at++]!, product());
    return value;
  };
  return sum();
}

type Maker = (r: Random) => string;

// A term from one of `makers` whose value by the rules differs from the careless one.
function termTask(r: Random, makers: Maker[], careless: (term: string) => number | null, hint: string) {
  const [text, value] = drawUntil(
    () => {
      const text = r.pick(makers)(r);
      return [text, evaluate(text)] as const;
    },
    ([text, value]) => value !== null && careless(text) !== value,
  );
  return { prompt: `${text} = ?`, answer: int(value!), hint };
}
const withoutBrackets = (term: string) => evaluate(term.replace(/[()]/g, ''));

const n = (r: Random, min: number, max: number) => r.int(min, max);

const DOT_FIRST: Maker[] = [
  (r) => `${n(r, 2, 50)} + ${n(r, 2, 10)} · ${n(r, 2, 10)}`,
  (r) => `${n(r, 20, 99)} − ${n(r, 2, 9)} · ${n(r, 2, 9)}`,
  (r) => `${n(r, 2, 30)} + ${n(r, 2, 9)} · ${n(r, 2, 9)} − ${n(r, 2, 30)}`,
  (r) => {
    const c = n(r, 2, 9);
    return `${n(r, 2, 60)} ${r.pick(['+', '−'])} ${c * n(r, 2, 10)} : ${c}`;
  },
  (r) => `${n(r, 2, 9)} · ${n(r, 2, 9)} ${r.pick(['+', '−'])} ${n(r, 2, 9)} · ${n(r, 2, 9)}`,
];

const BRACKETS: Maker[] = [
  (r) => `(${n(r, 2, 30)} + ${n(r, 2, 30)}) · ${n(r, 2, 9)}`,
  (r) => `${n(r, 2, 9)} · (${n(r, 10, 40)} − ${n(r, 2, 30)})`,
  (r) => {
    const c = n(r, 2, 9);
    const b = n(r, 2, 30);
    return `(${b + c * n(r, 2, 10)} − ${b}) : ${c}`;
  },
  (r) => {
    const [b, c] = [n(r, 2, 9), n(r, 2, 9)];
    return `${(b + c) * n(r, 2, 10)} : (${b} + ${c})`;
  },
  (r) => `(${n(r, 2, 9)} + ${n(r, 2, 9)}) · (${n(r, 10, 20)} − ${n(r, 2, 9)})`,
];

const MIXED: Maker[] = [
  (r) => {
    const e = n(r, 2, 9);
    return `${n(r, 2, 9)} · (${n(r, 2, 9)} + ${n(r, 2, 9)}) − ${e * n(r, 2, 9)} : ${e}`;
  },
  (r) => `(${n(r, 10, 30)} − ${n(r, 2, 9)}) · ${n(r, 2, 9)} + ${n(r, 2, 30)}`,
  (r) => `${n(r, 2, 50)} + ${n(r, 2, 9)} · (${n(r, 10, 20)} − ${n(r, 2, 9)})`,
  (r) => {
    const c = n(r, 2, 9);
    const a = n(r, 2, 20);
    return `(${a} + ${c * n(r, 2, 9) - a}) : ${c} + ${n(r, 2, 9)} · ${n(r, 2, 9)}`;
  },
];

const LEFT_TO_RIGHT: Maker[] = [
  (r) => `${n(r, 30, 99)} − ${n(r, 2, 30)} − ${n(r, 2, 30)}`,
  (r) => `${n(r, 30, 99)} − ${n(r, 2, 30)} + ${n(r, 2, 30)}`,
  (r) => {
    const [b, c] = [n(r, 2, 6), n(r, 2, 6)];
    return `${b * c * n(r, 2, 9)} : ${b} : ${c}`;
  },
  (r) => {
    const b = n(r, 2, 9);
    return `${b * n(r, 2, 9)} : ${b} · ${n(r, 2, 9)}`;
  },
];

export const OPERATION_TEMPLATES: Template[] = [
  {
    id: 'nu-oo-dot-first',
    title: 'Punkt vor Strich',
    version: 1,
    topic: 'order-of-operations',
    difficulty: 1,
    grade: 5,
    generate: (r) =>
      termTask(
        r,
        DOT_FIRST,
        (t) => evaluate(t, 'left-to-right'),
        'Punkt vor Strich: Rechne zuerst mal und geteilt, dann plus und minus.',
      ),
  },
  {
    id: 'nu-oo-brackets',
    title: 'Klammern zuerst',
    version: 1,
    topic: 'order-of-operations',
    difficulty: 2,
    grade: 5,
    generate: (r) => termTask(r, BRACKETS, withoutBrackets, 'Was in Klammern steht, rechnest du zuerst.'),
  },
  {
    id: 'nu-oo-left-to-right',
    title: 'Von links nach rechts rechnen',
    version: 1,
    topic: 'order-of-operations',
    difficulty: 2,
    grade: 5,
    generate: (r) =>
      termTask(
        r,
        LEFT_TO_RIGHT,
        (t) => evaluate(t, 'right-to-left'),
        'Stehen nur Strich- oder nur Punktrechnungen da, rechnest du von links nach rechts.',
      ),
  },
  {
    id: 'nu-oo-mixed',
    title: 'Klammer, Punkt vor Strich gemischt',
    version: 1,
    topic: 'order-of-operations',
    difficulty: 3,
    grade: 5,
    generate: (r) =>
      termTask(r, MIXED, withoutBrackets, 'Zuerst die Klammern, dann Punkt vor Strich, dann von links nach rechts.'),
  },
];
