// The number templates (nu-*, and version 2 of the whole-number templates) as a teacher and a pupil
// would try them: enough distinct tasks, a correct solution, pictures that can be answered by touch
// (and only the right touch is right), no trivial or inconsistent instance, and the answers a
// teacher accepts for money, time spans, negative and large numbers.
import { RETIRED_TEMPLATES, TEMPLATES, findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer, checkAnswer } from '../../app/learning/tasks/check-answer';
import { ZRepresentation, type Representation } from '../../app/learning/representation';
import { NUMBER_TEMPLATES } from '../../app/learning/tasks/templates-numbers';
import { WHOLE_NUMBER_TEMPLATES } from '../../app/learning/tasks/templates-whole-numbers';
import { euros } from '../../app/learning/tasks/templates-numbers-kit';
import type {
  Answer,
  ChoiceAnswer,
  NumberAnswer,
  OrderAnswer,
  TaskContent,
  Template,
} from '../../app/learning/tasks/task-types';

const SEEDS = 400;
const LETTERS = 'ABCDEFGH';
const MINE = [...NUMBER_TEMPLATES, ...WHOLE_NUMBER_TEMPLATES];
const NEW = NUMBER_TEMPLATES.filter((t) => t.id.startsWith('nu-'));
const TOPICS = [
  'place-value',
  'large-numbers',
  'rounding',
  'add-subtract',
  'multiply-divide',
  'written-add-subtract',
  'written-multiply-divide',
  'order-of-operations',
  'negative-numbers',
  'divisibility',
  'money',
  'time-spans',
] as const;

const tasksOf = (template: Template) => Array.from({ length: SEEDS }, (_, seed) => generateTask(template, seed));
const keyOf = (task: TaskContent) => JSON.stringify([task.prompt, task.representation ?? null]);
const valueOf = (answer: NumberAnswer) => Number(answer.value.n) / Number(answer.value.d);
const isCorrect = (answer: Answer, typed: string) => checkAnswer(answer, typed).result === 'correct';

// Phrases a careful teacher strikes out (as the catalogue's quality test does), and broken text.
const STRUCK_OUT: [RegExp, string][] = [
  [/(?<![\d,.])1 (?:\p{L}+ )?(?:davon )?sind\b/u, '"1 … sind"'],
  [/\d [+−-] 0(?![,\d/])/u, 'plus or minus 0'],
  [/\d [·:] 1(?![,\d/])/u, 'times or divided by 1'],
  [/\b(?:kg|km|m|h|€|l) 0 (?:g|m|cm|min|ct|ml)\b/u, 'a zero amount in mixed units'],
  [/\bundefined\b|\bNaN\b|Infinity|\[object/u, 'a broken placeholder'],
  [/ {2}| [,.!](?!\d)|^\s|\s$/u, 'stray spaces'],
  [/ 0 (?:Einer|Zehner|Hunderter|Tausender)\b/u, 'a zero count of a place'],
];

// What the pupil's page submits for a touch on the picture: the right place, and wrong places.
type Touches = { right: string; wrong: string[] };

function numberLineTouches(line: Extract<Representation, { kind: 'number-line' }>, answer: NumberAnswer): Touches {
  const snaps = line.snapsPerInterval ?? 1;
  const step = (line.end - line.start) / (line.intervals * snaps);
  expect(Number.isInteger(step)).toBe(true);
  const positions = Array.from({ length: line.intervals * snaps + 1 }, (_, k) => line.start + k * step);
  const value = valueOf(answer);
  const tolerance = answer.tolerance ? Number(answer.tolerance.n) / Number(answer.tolerance.d) : 0;
  const nearest = positions.reduce((best, p) => (Math.abs(p - value) < Math.abs(best - value) ? p : best));
  expect(Math.abs(nearest - value)).toBeLessThanOrEqual(tolerance);
  const outside = positions.filter((p) => Math.abs(p - value) > tolerance);
  const below = outside.filter((p) => p < value).at(-1);
  const above = outside.find((p) => p > value);
  return { right: String(nearest), wrong: [below, above].filter((p) => p !== undefined).map(String) };
}

function touchesOf(task: TaskContent): Touches | null {
  const picture = task.representation;
  if (!picture || task.answer.kind !== 'number') return null;
  const answer = task.answer;
  const value = valueOf(answer);
  if (picture.kind === 'number-line' && picture.mode === 'mark') return numberLineTouches(picture, answer);
  if (picture.kind === 'place-value' && picture.mode === 'fill') {
    const digits = String(value);
    expect(digits.length).toBeLessThanOrEqual(picture.places.length);
    const oneMore = value % 10 === 9 ? value - 1 : value + 1; // one counter more (or fewer) in E
    return { right: String(value), wrong: [String(oneMore), String(value + 10 ** (digits.length - 1))] };
  }
  if (picture.kind === 'dot-field' && picture.mode === 'mark') {
    const fits = Array.from({ length: picture.rows }, (_, r) => r + 1).filter(
      (rows) => value % rows === 0 && value / rows <= picture.columns,
    );
    expect(fits.length).toBeGreaterThan(0);
    const rows = fits[0]!;
    const columns = value / rows;
    return { right: String(value), wrong: [String((rows < picture.rows ? rows + 1 : rows - 1) * columns)] };
  }
  return null;
}

// ---- Template-specific checks: what would make a task trivial, or its text and solution disagree.
// Each check reads the task as a pupil sees it (prompt and picture) and returns the problem, if any.

type Check = (task: TaskContent) => string | null;
type Table = Extract<Representation, { kind: 'table' }>;
type Line = Extract<Representation, { kind: 'number-line' }>;

const fail = (isBad: boolean, what: string) => (isBad ? what : null);
const plain = (text: string) => text.replace(/\u202f/g, '').replace(/−/g, '-');
const numbersIn = (text: string) => (plain(text).match(/-?\d+/g) ?? []).map(Number);
const minutesIn = (text: string) =>
  [...text.matchAll(/(\d{1,2}):(\d{2})/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
const centsIn = (text: string) => [...text.matchAll(/(\d+),(\d{2}) €/g)].map((m) => Number(m[1]) * 100 + Number(m[2]));
const numberOf = (task: TaskContent) => valueOf(task.answer as NumberAnswer);
const choiceOf = (task: TaskContent) => task.answer as ChoiceAnswer;
const rightOption = (task: TaskContent) => choiceOf(task).options[choiceOf(task).correct]!;
const tokensOf = (task: TaskContent) =>
  (task.representation as Extract<Representation, { kind: 'place-value' }>).tokens!;
const rowsOf = (task: TaskContent) => (task.representation as Table).rows;
const bare = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
const isPrime = (n: number) => n > 1 && Array.from({ length: n - 2 }, (_, i) => i + 2).every((d) => n % d !== 0);
const digitsChanged = (a: number, b: number) => {
  const [x, y] = [String(a).padStart(7, '0'), String(b).padStart(7, '0')];
  return [...x].filter((digit, i) => digit !== y[i]).length;
};

// A term's value by the rules, or as a careless pupil calculates it: strictly left to right, or
// right to left (brackets are ignored in those two).
function calculate(term: string, order: 'rules' | 'left-to-right' | 'right-to-left' = 'rules'): number {
  const tokens = plain(term).match(/\d+|[+\-·:()]/g)!;
  const apply = (a: number, op: string, b: number) =>
    op === '+' ? a + b : op === '-' ? a - b : op === '·' ? a * b : a / b;
  if (order !== 'rules') {
    const flat = tokens.filter((t) => t !== '(' && t !== ')');
    const [values, ops] = [flat.filter((_, i) => i % 2 === 0).map(Number), flat.filter((_, i) => i % 2 === 1)];
    return order === 'left-to-right'
      ? values.slice(1).reduce((result, b, i) => apply(result, ops[i]!, b), values[0]!)
      : values.slice(0, -1).reduceRight((result, a, i) => apply(a, ops[i]!, result), values.at(-1)!);
  }
  let at = 0;
  const factor = (): number => {
    if (tokens[at] !== '(') return Number(tokens[at++]);
    at++;
    const value = sum();
    at++;
    return value;
  };
  const level = (next: () => number, ops: string[]) => () => {
    let value = next();
    while (ops.includes(tokens[at]!)) {
      const op = tokens[at++]!;
      value = apply(value, op, next());
    }
    return value;
  };
  const product = level(factor, ['·', ':']);
  const sum = level(product, ['+', '-']);
  return sum();
}
const termOf = (prompt: string) => prompt.replace(/^Rechne schriftlich: /, '').replace(/ = \?$/, '');
const solvesTerm: Check = (t) =>
  fail(calculate(termOf(t.prompt)) !== numberOf(t), 'the solution is not the term’s value');
// "a − ? = c": the answer put in for "?" makes the equation true.
const solvesEquation: Check = (t) => {
  const [left, right] = t.prompt.replace('?', String(numberOf(t))).split(' = ');
  return fail(calculate(left!) !== calculate(right!), 'the solution does not solve the equation');
};
const all =
  (...checks: Check[]): Check =>
  (t) =>
    checks.map((check) => check(t)).find((problem) => problem) ?? null;
const pointOffLabels: Check = (t) => {
  const line = t.representation as Line;
  const tick = line.pointTick!;
  const value = line.start + ((line.end - line.start) / line.intervals) * tick;
  return (
    fail(tick % line.labelEvery === 0 || tick <= 0 || tick >= line.intervals, 'the point sits on a label') ??
    fail(value !== numberOf(t), 'the solution is not the point’s value')
  );
};
const statesTolerance: Check = (t) => {
  const tolerance = (t.answer as NumberAnswer).tolerance;
  const stated = /\(auf ([\d\u202f]+) genau\)/.exec(t.prompt)?.[1];
  return fail(
    !tolerance || !stated || Number(plain(stated)) !== valueOf({ ...(t.answer as NumberAnswer), value: tolerance }),
    'the tolerance is not stated',
  );
};
const noDigits: Check = (t) => fail(/\d/.test(t.prompt), 'the number is given in digits');
const sameLengths = (items: string[]) => new Set(items.map((item) => item.length)).size === 1;
// A written computation with a box: exactly one digit makes it right, and it is the solution.
function onlyDigitFits(rows: number[][], op: '+' | '−' | '·', answer: number): string | null {
  const fits = Array.from({ length: 10 }, (_, d) => d).filter((d) => {
    const [a, b, c] = rows.map((row) => Number(row.map((x) => (x === -1 ? d : x)).join('')));
    return (op === '+' ? a! + b! : op === '−' ? a! - b! : a! * b!) === c;
  });
  return fail(fits.length !== 1 || fits[0] !== answer, `digits that fit: ${fits.join(', ')}`);
}
const tableDigits = (t: TaskContent) =>
  rowsOf(t).map((row) =>
    row
      .slice(1)
      .filter((cell) => cell !== '')
      .map((cell) => (cell === '□' ? -1 : Number(cell))),
  );
const writtenCarries = (t: TaskContent, op: '+' | '−') => {
  const [a, b] = tableDigits(t).map((row) => Number(row.join('')));
  const digit = (n: number, p: number) => Math.floor(n / 10 ** p) % 10;
  return Array.from({ length: 6 }, (_, p) =>
    op === '+' ? digit(a!, p) + digit(b!, p) >= 10 : digit(a!, p) < digit(b!, p),
  ).some(Boolean);
};

const TRIVIALITY_CHECKS: Record<string, Check> = {
  'nu-pv-chart-read': (t) => fail(tokensOf(t).some((x) => x > 9) || numberOf(t) < 100, 'not a plain chart to 1 000'),
  'nu-pv-chart-bundle': (t) => fail(!tokensOf(t).some((x) => x > 9) || numberOf(t) >= 1000, 'nothing to bundle'),
  'nu-pv-fill-words': noDigits,
  'nu-pv-fill-number': (t) => fail(!String(numberOf(t)).includes('0'), 'no zero to place'),
  'nu-pv-line-mark-hundred': (t) => fail(numberOf(t) % 10 === 0, 'on a labelled tick'),
  'nu-pv-line-mark-thousand': all(statesTolerance, (t) => fail(numberOf(t) % 10 === 0, 'on a tick')),
  'nu-pv-line-read-thousand': pointOffLabels,
  'nu-pv-count-units': (t) =>
    fail(
      numberOf(t) *
        { Zehner: 10, Hunderter: 100, Tausender: 1000 }[
          /(Zehner|Hunderter|Tausender)/.exec(t.prompt)![1] as 'Zehner'
        ] !==
        numbersIn(t.prompt)[0],
      'inconsistent',
    ),
  'nu-ln-words-to-number': noDigits,
  'nu-ln-fill-words': noDigits,
  'nu-ln-chart-read': (t) => fail(tokensOf(t).some((x) => x > 9) || tokensOf(t)[0] === 0, 'not a plain chart'),
  'nu-ln-successor': (t) =>
    fail(
      digitsChanged(numbersIn(t.prompt)[0]!, numberOf(t)) < 2 || Math.abs(numbersIn(t.prompt)[0]! - numberOf(t)) !== 1,
      'no carry',
    ),
  'nu-ln-neighbours': (t) => fail(numbersIn(t.prompt).includes(numberOf(t)), 'the number is its own neighbour'),
  'nu-ln-step': (t) => {
    const [step, number] = numbersIn(t.prompt);
    return fail(
      Math.abs(numberOf(t) - number!) !== step || digitsChanged(number!, numberOf(t)) < 1,
      'not one step away',
    );
  },
  'nu-ln-extreme-choice': (t) =>
    fail(
      !sameLengths(choiceOf(t).options) || !choiceOf(t).options.every((o) => t.prompt.includes(o)),
      'options differ in length or are not listed',
    ),
  'nu-ln-order': (t) => fail(!sameLengths((t.answer as OrderAnswer).items), 'the length gives the order away'),
  'nu-ln-line-read': pointOffLabels,
  'nu-ln-line-mark': (t) => fail(numberOf(t) % 10_000 === 0, 'on a tick'),
  'nu-ln-line-mark-million': all(statesTolerance, (t) => fail(numberOf(t) % 10_000 === 0, 'on a tick')),
  'nu-ro-round': (t) => fail(numbersIn(t.prompt)[0] === numberOf(t), 'already rounded'),
  'nu-ro-line': (t) => {
    const line = t.representation as Line;
    const value = line.start + ((line.end - line.start) / line.intervals) * line.pointTick!;
    const unit = t.prompt.includes('Hunderter') ? 100 : 10;
    return fail(
      value % unit === 0 || Math.round(value / unit) * unit !== numberOf(t),
      'already rounded or wrongly rounded',
    );
  },
  'nu-ro-which-rounds': (t) => {
    const unit = { Zehner: 10, Hunderter: 100, Tausender: 1000 }[/auf (\w+) gerundet/.exec(t.prompt)![1] as 'Zehner'];
    const target = numbersIn(t.prompt).at(-1)!;
    const rounding = choiceOf(t).options.map((o) => Math.round(Number(plain(o)) / unit) * unit === target);
    return fail(
      rounding.filter(Boolean).length !== 1 || !rounding[choiceOf(t).correct] || !sameLengths(choiceOf(t).options),
      'not exactly one option rounds to the target',
    );
  },
  'nu-ro-estimate-sum': (t) =>
    fail(calculate(/Überschlage (.*)\. Runde/.exec(t.prompt)![1]!) === numberOf(t), 'the estimate is exact'),
  'nu-ro-estimate-product': (t) =>
    fail(calculate(/Überschlage (.*)\. Runde/.exec(t.prompt)![1]!) === numberOf(t), 'the estimate is exact'),
  'nu-as-missing-number': solvesEquation,
  'nu-as-thousands': solvesTerm,
  'nu-as-bar-chart': (t) => {
    const chart = t.representation as Extract<Representation, { kind: 'bar-chart' }>;
    const days = chart.categories.filter((day) => new RegExp(`\\b${day}\\b`).test(t.prompt));
    const [a, b] = days.map((day) => chart.values[chart.categories.indexOf(day)]!);
    const expected = t.prompt.includes('zusammen') ? a! + b! : Math.abs(a! - b!);
    return fail(days.length !== 2 || expected !== numberOf(t) || expected === 0, 'inconsistent with the chart');
  },
  'nu-md-dot-count': (t) => {
    const { marked } = t.representation as Extract<Representation, { kind: 'dot-field' }>;
    return fail(
      marked!.rows < 2 || marked!.columns < 2 || marked!.rows * marked!.columns !== numberOf(t),
      'a single row or column',
    );
  },
  'nu-md-dot-choice': (t) => {
    const { marked } = t.representation as Extract<Representation, { kind: 'dot-field' }>;
    return fail(
      rightOption(t) !== `${marked!.rows} · ${marked!.columns}` ||
        choiceOf(t).options.some((o) => /\b1 ·|· 1$/.test(o)),
      'the options do not fit the picture',
    );
  },
  'nu-md-dot-mark': (t) => {
    const [rows, columns] = numbersIn(t.prompt);
    const field = t.representation as Extract<Representation, { kind: 'dot-field' }>;
    return fail(
      rows! < 2 || columns! < 2 || rows! > field.rows || columns! > field.columns || rows! * columns! !== numberOf(t),
      'cannot be shown',
    );
  },
  'nu-md-powers-of-ten': solvesTerm,
  'nu-md-missing-factor': solvesEquation,
  'nu-wa-add-table': (t) =>
    fail(
      !writtenCarries(t, '+') ||
        calculate(
          tableDigits(t)
            .map((r) => r.join(''))
            .join(' + '),
        ) !== numberOf(t),
      'no carry',
    ),
  'nu-wa-sub-table': (t) =>
    fail(
      !writtenCarries(t, '−') ||
        calculate(
          tableDigits(t)
            .map((r) => r.join(''))
            .join(' − '),
        ) !== numberOf(t),
      'no carry',
    ),
  'nu-wa-add-three': solvesTerm,
  'nu-wa-sub-zeros': all(solvesTerm, (t) =>
    fail((String(numbersIn(t.prompt)[0]).match(/0/g) ?? []).length < 2, 'no zeros'),
  ),
  'nu-wa-add-digit': (t) => onlyDigitFits(tableDigits(t), '+', numberOf(t)),
  'nu-wa-sub-digit': (t) => onlyDigitFits(tableDigits(t), '−', numberOf(t)),
  'nu-wm-mul-one': solvesTerm,
  'nu-wm-mul-two': solvesTerm,
  'nu-wm-div-one': solvesTerm,
  'nu-wm-div-zero': all(solvesTerm, (t) => fail(!String(numberOf(t)).slice(1).includes('0'), 'no 0 in the quotient')),
  'nu-wm-mul-digit': (t) => {
    const [a, b, c] = plain(t.prompt.replace('Welche Ziffer fehlt? ', '')).split(/ [·=] /);
    const digits = (text: string) => [...text].map((x) => (x === '□' ? -1 : Number(x)));
    return onlyDigitFits([digits(a!), digits(b!), digits(c!)], '·', numberOf(t));
  },
  'nu-oo-dot-first': all(solvesTerm, (t) =>
    fail(calculate(termOf(t.prompt), 'left-to-right') === numberOf(t), 'the rule does not matter'),
  ),
  'nu-oo-brackets': all(solvesTerm, (t) =>
    fail(calculate(termOf(t.prompt).replace(/[()]/g, '')) === numberOf(t), 'the brackets do not matter'),
  ),
  'nu-oo-mixed': all(solvesTerm, (t) =>
    fail(calculate(termOf(t.prompt).replace(/[()]/g, '')) === numberOf(t), 'the brackets do not matter'),
  ),
  'nu-oo-left-to-right': all(solvesTerm, (t) =>
    fail(calculate(termOf(t.prompt), 'right-to-left') === numberOf(t), 'the order does not matter'),
  ),
  'nu-ng-line-read': all(pointOffLabels, (t) => fail(numberOf(t) === 0, 'zero')),
  'nu-ng-line-mark': (t) => {
    const numbers = numbersIn(t.prompt);
    const value = numberOf(t);
    if (numbers.length === 1) return fail(value !== numbers[0] || value % 5 === 0, 'on a labelled tick');
    const [by, from] = numbers;
    return fail(
      value !== (t.prompt.includes('kleiner') ? from! - by! : from! + by!) || value < -10 || value > 10,
      'inconsistent',
    );
  },
  'nu-ng-order': (t) =>
    fail((t.answer as OrderAnswer).items.filter((x) => x.startsWith('−')).length < 2, 'fewer than two negatives'),
  'nu-ng-temperature': (t) => {
    const numbers = numbersIn(t.prompt);
    const expected = t.prompt.startsWith('Am Morgen')
      ? Math.abs(numbers[1]! - numbers[0]!)
      : numbers[0]! + (t.prompt.includes('steigt') ? numbers[1]! : -numbers[1]!);
    return fail(
      expected !== numberOf(t) || (!numbers.slice(0, 2).some((n) => n < 0) && !t.prompt.includes('fällt')),
      'inconsistent or no negative temperature',
    );
  },
  'nu-ng-temperature-table': (t) => {
    const values = numbersIn(rowsOf(t)[0]!.join(' '));
    return fail(values.filter((v) => v < 0).length < 2 || numberOf(t) <= 0, 'fewer than two negatives');
  },
  'nu-ng-add-subtract': (t) =>
    fail(numberOf(t) === 0 || (numberOf(t) > 0 && !t.prompt.startsWith('−')), 'no negative number'),
  'nu-ng-signed-operands': (t) => fail(!t.prompt.includes('(−'), 'no negative operand'),
  'nu-dv-not-divisible': (t) => {
    const k = numbersIn(t.prompt).at(-1)!;
    const not = choiceOf(t).options.map((o) => Number(o) % k !== 0);
    return fail(
      not.filter(Boolean).length !== 1 || !not[choiceOf(t).correct],
      'not exactly one option is not divisible',
    );
  },
  'nu-dv-missing-digit': (t) => {
    const k = t.prompt.includes('durch 9') ? 9 : 3;
    const shown = /(\d+□\d*|□\d+)/.exec(t.prompt)![1]!;
    const fits = Array.from({ length: 10 }, (_, d) => d).filter((d) => Number(shown.replace('□', String(d))) % k === 0);
    const expected =
      k === 9 ? (fits.length === 1 ? fits[0] : NaN) : t.prompt.includes('kleinste') ? fits[0] : fits.at(-1);
    return fail(expected !== numberOf(t), `digits that fit: ${fits.join(', ')}`);
  },
  'nu-dv-prime-choice': (t) => {
    const primes = choiceOf(t).options.map((o) => isPrime(Number(o)));
    return fail(primes.filter(Boolean).length !== 1 || !primes[choiceOf(t).correct], 'not exactly one prime');
  },
  'nu-dv-divisor-count': (t) => fail(isPrime(numbersIn(t.prompt)[0]!), 'a prime'),
  'nu-dv-gcd': (t) => {
    const [a, b] = numbersIn(t.prompt);
    return fail(
      a! % b! === 0 || b! % a! === 0 || gcd(a!, b!) !== numberOf(t) || numberOf(t) < 2,
      'one divides the other',
    );
  },
  'nu-dv-lcm': (t) => {
    const [a, b] = numbersIn(t.prompt);
    return fail(a! % b! === 0 || b! % a! === 0 || (a! * b!) / gcd(a!, b!) !== numberOf(t), 'one divides the other');
  },
  'nu-mo-cent-to-euro': (t) => fail(numberOf(t) % 1 === 0, 'whole euros'),
  'nu-mo-euro-to-cent': (t) => fail(numberOf(t) % 100 === 0 || centsIn(t.prompt)[0] !== numberOf(t), 'whole euros'),
  'nu-mo-change': (t) => {
    const note = Number(/(\d+)-€-Schein/.exec(t.prompt)![1]) * 100;
    return fail(Math.round(numberOf(t) * 100) !== note - centsIn(t.prompt)[0]! || numberOf(t) <= 0, 'inconsistent');
  },
  'nu-mo-price-table': (t) => {
    const prices = new Map(rowsOf(t).map(([name, price]) => [name!, centsIn(price!)[0]!]));
    const bought = [...t.prompt.matchAll(/(\d+) (\p{L}+)/gu)].map(([, count, item]) => {
      const name = [...prices.keys()].find((n) => bare(item!).startsWith(bare(n).slice(0, 3)))!;
      return Number(count) * prices.get(name)!;
    });
    return fail(
      Math.round(numberOf(t) * 100) !== bought.reduce((a, b) => a + b, 0),
      'inconsistent with the price list',
    );
  },
  'nu-mo-savings-chart': (t) => fail(numberOf(t) <= 0, 'nothing saved'),
  'nu-mo-unit-price': (t) => {
    const [count] = numbersIn(t.prompt.replace(/\d+,\d{2} €/, ''));
    const [price] = centsIn(t.prompt);
    const expected = t.prompt.startsWith('Ein ') ? price! * count! : price! / count!;
    return fail(Math.round(numberOf(t) * 100) !== expected || count! < 2, 'inconsistent');
  },
  'nu-ts-minutes': (t) => {
    const [start, end] = minutesIn(t.prompt);
    return fail(end! - start! !== numberOf(t) || numberOf(t) % 60 === 0, 'inconsistent or whole hours');
  },
  'nu-ts-hours': (t) => {
    const [start, end] = minutesIn(t.prompt);
    return fail((end! - start!) / 60 !== numberOf(t) || numberOf(t) < 2, 'inconsistent');
  },
  'nu-ts-clock-choice': (t) => {
    const [given] = minutesIn(t.prompt);
    const [hours, minutes] = [/(\d+) Stunden?/.exec(t.prompt)?.[1] ?? '0', /(\d+) Minuten/.exec(t.prompt)![1]];
    const duration = Number(hours) * 60 + Number(minutes);
    const expected = given! + (t.prompt.includes('Wann endet') ? duration : -duration);
    return fail(minutesIn(rightOption(t))[0] !== expected || !sameLengths(choiceOf(t).options), 'inconsistent');
  },
  'nu-ts-timetable': (t) => {
    const times = new Map(rowsOf(t).map(([stop, time]) => [stop!, minutesIn(time!)[0]!]));
    const [from, to] = [...times.keys()]
      .filter((stop) => t.prompt.includes(stop))
      .sort((a, b) => t.prompt.indexOf(a) - t.prompt.indexOf(b));
    return fail(
      times.get(to!)! - times.get(from!)! !== numberOf(t) || numberOf(t) <= 0,
      'inconsistent with the timetable',
    );
  },
  'nu-ts-overnight': (t) => {
    const [start, end] = minutesIn(t.prompt);
    return fail(end! + 1440 - start! !== numberOf(t), 'inconsistent');
  },
  'pv-digit-value': (t) => fail(numberOf(t) < 10 || t.prompt.includes('Einerstelle'), 'the digit 0 or the Einer'),
  'pv-compose': (t) => fail(/ 0 /.test(t.prompt), 'a zero count'),
  'pv-round-hundreds': (t) => fail(numbersIn(t.prompt)[0] === numberOf(t), 'already rounded'),
  'pv-order': (t) => fail(!sameLengths((t.answer as OrderAnswer).items), 'the length gives the order away'),
  'as-add-2digit': solvesTerm,
  'as-sub-3digit': all(solvesTerm, (t) => fail(numberOf(t) < 11, 'a tiny difference')),
  'as-add-4digit': solvesTerm,
  'as-missing-addend': solvesEquation,
  'md-times-table': solvesTerm,
  'md-divide-exact': solvesTerm,
  'md-multiply-2x1': solvesTerm,
  'md-multiply-2x2': solvesTerm,
  'un-cm-to-m': (t) => fail(numberOf(t) % 1 === 0, 'whole metres'),
  'un-l-to-ml': (t) => fail(numberOf(t) % 1000 === 0, 'whole litres'),
};

describe('the number templates together', () => {
  it('when counted, then there are at least 42 new ones, 18 of them with a picture, and 3 or more in every topic', () => {
    expect(NEW.length).toBeGreaterThanOrEqual(42);
    expect(NEW.filter((t) => generateTask(t, 0).representation).length).toBeGreaterThanOrEqual(18);
    for (const topic of TOPICS) expect(TEMPLATES.filter((t) => t.topic === topic).length).toBeGreaterThanOrEqual(3);
    for (const template of NEW) {
      expect(template.id).toMatch(/^nu-[a-z0-9-]{1,61}$/);
      expect(template.version).toBe(1);
      expect(TOPICS).toContain(template.topic);
    }
    const keys = TEMPLATES.map((t) => t.id);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('when a whole-number template got version 2, then its version 1 is retired and still regenerates', () => {
    for (const template of WHOLE_NUMBER_TEMPLATES) {
      expect(template.version).toBe(2);
      const old = findTemplate(template.id, 1);
      expect(old).toBeDefined();
      expect(RETIRED_TEMPLATES).toContain(old);
      expect(generateTask(old!, 7)).toEqual(generateTask(old!, 7));
    }
  });
});

describe.each(MINE.map((t) => [`${t.id}@${t.version}`, t] as const))('template %s', (_key, template) => {
  const tasks = tasksOf(template);

  it('when generated from 400 seeds, then it gives 100 distinct tasks, each with a hint and a valid picture', () => {
    expect(new Set(tasks.map(keyOf)).size).toBeGreaterThanOrEqual(100);
    expect(new Set(tasks.map((task) => task.representation?.kind ?? 'none')).size).toBe(1);
    for (const task of tasks) {
      expect(task.hint?.trim().length ?? 0).toBeGreaterThan(5);
      if (task.representation) expect(ZRepresentation.safeParse(task.representation).success).toBe(true);
    }
  });

  it('when its solution is typed in, then it is correct; when another option is chosen, it is wrong', () => {
    for (const task of tasks) {
      expect(isCorrect(task.answer, canonicalAnswer(task.answer))).toBe(true);
      if (task.answer.kind !== 'choice') continue;
      const { options, correct } = task.answer;
      expect(new Set(options).size).toBe(options.length);
      options.forEach((_o, i) => expect(isCorrect(task.answer, LETTERS[i]!)).toBe(i === correct));
    }
  });

  if (touchesOf(generateTask(template, 0)))
    it('when the picture is touched at the right place, then it is correct; at a wrong place, it is wrong', () => {
      for (const task of tasks) {
        const { right, wrong } = touchesOf(task)!;
        expect(isCorrect(task.answer, right)).toBe(true);
        expect(wrong.length).toBeGreaterThan(0);
        for (const typed of wrong) expect(checkAnswer(task.answer, typed).result).toBe('wrong');
      }
    });

  it('when its tasks are read, then none is trivial, ungrammatical or inconsistent', () => {
    const check = TRIVIALITY_CHECKS[template.id];
    for (const task of tasks) {
      for (const [pattern, what] of STRUCK_OUT)
        if (pattern.test(task.prompt)) throw new Error(`${what}: «${task.prompt}»`);
      const problem = check?.(task);
      if (problem) throw new Error(`${problem}: «${task.prompt}» ${JSON.stringify(task.representation ?? '')}`);
    }
  });
});

describe('answers a teacher accepts', () => {
  const first = (id: string, wanted: (task: TaskContent) => boolean = () => true) => {
    const template = MINE.find((t) => t.id === id)!;
    return Array.from({ length: SEEDS }, (_, seed) => generateTask(template, seed)).find(wanted)!;
  };

  it('when money is typed as "12,50 €", "12,5 €", "12,50", "12.50 €" or "12,50 Euro", then it is correct', () => {
    const answer = euros(1250);
    for (const typed of ['12,50 €', '12,5 €', '12,50', '12.50 €', '12,50 Euro', '12,50€'])
      expect(checkAnswer(answer, typed).result).toBe('correct');
    expect(checkAnswer(answer, '1250 ct')).toMatchObject({ result: 'wrong', unitHint: { asked: '€' } });
    expect(checkAnswer(answer, '12 1/2').result).toBe('wrong');
    expect(canonicalAnswer(answer)).toBe('12,50 €');
  });

  it('when whole euros are typed without cents ("50 €"), then it is correct and the solution shows "50,00 €"', () => {
    const task = first('nu-mo-savings-chart');
    const euro = valueOf(task.answer as NumberAnswer);
    expect(canonicalAnswer(task.answer)).toBe(`${euro},00 €`);
    for (const typed of [`${euro} €`, `${euro}`, `${euro},00`]) expect(isCorrect(task.answer, typed)).toBe(true);
  });

  it('when cents are asked, then "405 ct", "405 Cent" and "405" are correct and "4,05 €" is wrong', () => {
    const task = first('nu-mo-euro-to-cent');
    const cents = valueOf(task.answer as NumberAnswer);
    for (const typed of [`${cents} ct`, `${cents} Cent`, `${cents}`]) expect(isCorrect(task.answer, typed)).toBe(true);
    expect(checkAnswer(task.answer, `${cents / 100} €`.replace('.', ',')).result).toBe('wrong');
  });

  it('when minutes are asked, then "85 min", "85 Minuten" and "85" are correct and hours are wrong', () => {
    const task = first('nu-ts-minutes', (t) => valueOf(t.answer as NumberAnswer) === 85);
    expect(task.prompt).toMatch(/Wie viele Minuten/);
    for (const typed of ['85 min', '85 Minuten', '85', '85min']) expect(isCorrect(task.answer, typed)).toBe(true);
    expect(checkAnswer(task.answer, '1 h 25 min').result).toBe('unreadable');
    expect(checkAnswer(task.answer, '1,5 h')).toMatchObject({ result: 'wrong', unitHint: { asked: 'min' } });
    expect(canonicalAnswer(task.answer)).toBe('85 min');
  });

  it('when whole hours are asked, then "6 h", "6 Stunden" and "6" are correct and "360 min" is wrong', () => {
    const task = first('nu-ts-hours', (t) => valueOf(t.answer as NumberAnswer) === 6);
    for (const typed of ['6 h', '6 Stunden', '6', '6 Std']) expect(isCorrect(task.answer, typed)).toBe(true);
    expect(checkAnswer(task.answer, '360 min').result).toBe('wrong');
  });

  it('when a negative number is typed with any minus or in brackets, then it is correct', () => {
    const task = first('nu-ng-add-subtract', (t) => valueOf(t.answer as NumberAnswer) < 0);
    const size = -valueOf(task.answer as NumberAnswer);
    for (const typed of [`-${size}`, `−${size}`, `(-${size})`, `- ${size}`])
      expect(isCorrect(task.answer, typed)).toBe(true);
    expect(checkAnswer(task.answer, `${size}`).result).toBe('wrong');
  });

  it('when a large number is typed grouped by spaces or points, or not at all, then it is correct', () => {
    const task = first('nu-ln-words-to-number', (t) => valueOf(t.answer as NumberAnswer) >= 100_000);
    const text = String(valueOf(task.answer as NumberAnswer));
    const [high, low] = [text.slice(0, 3), text.slice(3)];
    for (const typed of [text, `${high} ${low}`, `${high}.${low}`, `${high}\u202f${low}`])
      expect(isCorrect(task.answer, typed)).toBe(true);
  });

  it('when a number line asks "auf 5 genau", then a mark 5 away is correct and one 6 away is wrong', () => {
    const task = first('nu-pv-line-mark-thousand');
    const value = valueOf(task.answer as NumberAnswer);
    expect(task.prompt).toContain('auf 5 genau');
    expect(isCorrect(task.answer, String(value + 5))).toBe(true);
    expect(isCorrect(task.answer, String(value - 5))).toBe(true);
    expect(checkAnswer(task.answer, String(value + 6)).result).toBe('wrong');
  });

  it("when a choice is typed as the option's text, such as a clock time, then it is read", () => {
    const task = first('nu-ts-clock-choice');
    const answer = task.answer as Extract<Answer, { kind: 'choice' }>;
    expect(isCorrect(answer, answer.options[answer.correct]!)).toBe(true);
    expect(isCorrect(answer, `${LETTERS[answer.correct]} (${answer.options[answer.correct]})`)).toBe(true);
  });
});
