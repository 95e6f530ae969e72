// The "more" templates (fractions and decimals arithmetic, ratio, units, geometry, data, chance,
// word problems) and the audited fraction templates, as a teacher and a clever pupil would try
// them: enough distinct instances, the shown solution judged correct, pictures answered by touch
// graded as the touch submits them, no trivial or given-away instance, and choice tasks whose right
// option no surface pattern of the options gives away.
import { generateTask, TEMPLATES } from '../../app/learning/tasks/catalog';
import { canonicalAnswer, checkAnswer } from '../../app/learning/tasks/check-answer';
import { add, formatDecimal, formatFraction, rational, sub, type Rational } from '../../app/learning/tasks/rational';
import { FRACTION_RETIRED, FRACTION_TEMPLATES } from '../../app/learning/tasks/templates-fractions';
import { MORE_RETIRED, MORE_TEMPLATES } from '../../app/learning/tasks/templates-more';
import { parseAnswer } from '../../app/learning/tasks/answer-parser';
import { ZRepresentation, type Representation } from '../../app/learning/representation';
import type { ChoiceAnswer, NumberAnswer, TaskContent, Template } from '../../app/learning/tasks/task-types';

const SEEDS = 300;
const LETTERS = 'ABCDEFGH';
const MINE = [...FRACTION_TEMPLATES, ...MORE_TEMPLATES];
const TOPICS = [
  'fractions-reading',
  'fractions-expand-reduce',
  'fractions-compare',
  'fractions-add',
  'fractions-subtract',
  'fractions-multiply-divide',
  'decimals',
  'decimals-arithmetic',
  'percentages',
  'ratio',
  'units',
  'shapes-symmetry',
  'perimeter-area',
  'angles',
  'coordinates',
  'data',
  'chance',
  'word-problems',
];
const instancesOf = (template: Template) => Array.from({ length: SEEDS }, (_, seed) => generateTask(template, seed));
const keyOf = (task: TaskContent) => JSON.stringify([task.prompt, task.representation ?? null]);

// What the page submits when the pupil touches a position: number line → the marked value in the
// line's label style (a fraction with the line's denominator, unreduced), fraction parts → "k/parts".
function touchTexts(picture: Representation): { value: Rational; text: string }[] {
  if (picture.kind === 'fraction-parts')
    return Array.from({ length: picture.parts + 1 }, (_, k) => ({
      value: rational(k, picture.parts),
      text: `${k}/${picture.parts}`,
    }));
  if (picture.kind !== 'number-line') throw new Error(`no touch for ${picture.kind}`);
  const steps = picture.intervals * (picture.snapsPerInterval ?? 1);
  const span = picture.end - picture.start;
  const denominator = steps / span;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const value = add(rational(picture.start), rational(span * i, steps));
    const text =
      picture.labels === 'fraction'
        ? `${picture.start * denominator + i}/${denominator}`
        : picture.labels === 'decimal'
          ? formatDecimal(value)!
          : formatFraction(value);
    return { value, text };
  });
}

const isTouched = (task: TaskContent) =>
  task.representation !== undefined && 'mode' in task.representation && task.representation.mode !== 'read';

// ---- Triviality: checks every instance of a template must pass, general and per template.

type Check = (task: TaskContent) => string | null;

const valueOf = (text: string): Rational | null => {
  const parsed = parseAnswer(text.trim());
  return parsed.isReadable ? parsed.readings[0]!.value : null;
};
const isSame = (a: Rational, b: Rational) => sub(a, b).n === 0n;
// Numbers as they stand in a prompt: "3/4", "2 1/2", "0,75", "12" (not "5a" or "3 m²"'s exponent).
const numberTokens = (text: string) => text.match(/(?<![\w,./])\d+(?: \d+\/\d+|[,/]\d+)?(?![\w,/])/g) ?? [];

const STRUCK_OUT: [RegExp, string][] = [
  [/(?<![\d,.])1 (?:\p{L}+ )?(?:davon )?sind\b/u, '"1 … sind"'],
  [
    /(?<![\d,./])1 (?:Stücke|Kinder|Kugeln|Spiele|Tüten|Hefte|Rollen|Kisten|Packungen|Seiten|Punkte|Bahnen|Wochen|Teile)\b/u,
    'a plural after 1',
  ],
  [/(?<![\d,.])1 % sind\b/u, '"1 % sind"'],
  [/(?<![\d,./])(\d+(?:[,/]\d+)?) \? \1(?![\d,/])/u, 'a comparison of a number with itself'],
  [/\d [+−-] 0(?![,\d/])/u, 'an addition or subtraction of 0'],
  [/\d [·:] 1(?![,\d/])/u, 'a multiplication or division by 1'],
  [/\b(?:t|kg|g|km|m|cm|l|h|€) 0 (?:kg|g|mg|m|cm|mm|ml|min|ct)\b/u, 'a zero amount in mixed units'],
  [/\bundefined\b|\bNaN\b|\[object|Infinity/u, 'a broken placeholder'],
  [/ {2}| [,.!](?!\d)|\s$/u, 'stray spaces'],
];

const grammar: Check = (task) => STRUCK_OUT.find(([pattern]) => pattern.test(task.prompt))?.[1] ?? null;

const positiveAnswer: Check = (task) =>
  task.answer.kind === 'number' && task.answer.value.n <= 0n ? 'an answer of 0 or less' : null;

// The answer must not stand in the prompt as written there (word problems and touch tasks
// excepted: there a number may repeat by chance, or the prompt names what to mark).
const notGivenAway: Check = (task) => {
  if (task.answer.kind !== 'number') return null;
  const solution = canonicalAnswer(task.answer)
    .replace(/^x = /, '')
    .replace(/ (?:\p{L}+|[€%])$/u, '');
  const isAnyForm = !task.answer.forms && task.answer.denominator === undefined;
  const written = isAnyForm
    ? [solution, formatFraction(task.answer.value), formatDecimal(task.answer.value)]
    : [solution];
  return numberTokens(task.prompt).some((token) => written.includes(token)) ? 'the answer stands in the prompt' : null;
};

const pictureIsNoAnswer: Check = (task) => {
  const picture = task.representation;
  if (picture?.kind === 'fraction-parts' && picture.mode === 'read') {
    const shaded = new Set(picture.shaded ?? []);
    if (shaded.size === 0 || shaded.size >= picture.parts || shaded.size !== picture.shaded!.length)
      return 'no part, every part or a part twice shaded';
    if ([...shaded].some((i) => i >= picture.parts)) return 'a shaded part that does not exist';
  }
  if (picture?.kind === 'number-line' && picture.mode === 'read') {
    const tick = picture.pointTick ?? 0;
    if (tick <= 0 || tick >= picture.intervals || tick % picture.labelEvery === 0) return 'the point sits on a label';
  }
  return null;
};

const exactCents: Check = (task) =>
  task.answer.kind === 'number' && task.answer.unit === '€' && (task.answer.value.n * 100n) % task.answer.value.d !== 0n
    ? 'an amount of money that is not whole cents'
    : null;

// "a op b = ?": no operand 0 or 1 where that makes it trivial, no "a − a", the result no operand.
const OPERATION = /^(.+?) ([+−·:]) (.+?) = \?/;
const operation: Check = (task) => {
  const match = OPERATION.exec(task.prompt);
  if (!match) return 'not an operation';
  const [a, b] = [valueOf(match[1]!), valueOf(match[3]!)];
  if (!a || !b) return 'an unreadable operand';
  const result = (task.answer as NumberAnswer).value;
  if ([a, b].some((x) => x.n === 0n)) return 'an operand 0';
  const ones = match[2] === '·' ? [a, b] : match[2] === ':' ? [b] : [];
  if (ones.some((x) => isSame(x, rational(1)))) return 'a factor or divisor 1';
  if ('−:'.includes(match[2]!) && isSame(a, b)) return 'a number minus or divided by itself';
  return [a, b].some((x) => isSame(x, result)) ? 'the result is an operand' : null;
};

const cellsOf = (task: TaskContent) => {
  const picture = task.representation;
  if (picture?.kind !== 'grid-shape') throw new Error('no grid');
  return picture;
};
const mirrorMissing = (task: TaskContent) => {
  const { cells, axis } = cellsOf(task);
  const isVertical = axis!.direction === 'vertical';
  const present = new Set(cells.map(([x, y]) => `${x},${y}`));
  const mirror = ([x, y]: [number, number]) => (isVertical ? [2 * axis!.at - 1 - x, y] : [x, 2 * axis!.at - 1 - y]);
  return cells.map(mirror).filter(([x, y]) => !present.has(`${x},${y}`)).length;
};
const pointsDistinct: Check = (task) => {
  const picture = task.representation;
  if (picture?.kind !== 'coordinate-grid') return 'no grid';
  const places = new Set(picture.points.map((p) => `${p.x},${p.y}`));
  const labels = new Set(picture.points.map((p) => p.label));
  return places.size === picture.points.length && labels.size === places.size ? null : 'two points at one place';
};
const probability: Check = (task) => {
  const value = (task.answer as NumberAnswer).value;
  return value.n > 0n && value.n < value.d ? null : 'a probability of 0 or 1';
};
const chosen = (task: TaskContent) => (task.answer as ChoiceAnswer).options[(task.answer as ChoiceAnswer).correct]!;

const ANGLE_KINDS: [string, (d: number) => boolean][] = [
  ['spitz', (d) => d < 90],
  ['recht', (d) => d === 90],
  ['stumpf', (d) => d > 90 && d < 180],
  ['gestreckt', (d) => d === 180],
  ['überstumpf', (d) => d > 180],
];

const OPERATIONS = [
  'fa-same-denominator',
  'fa-different-denominators',
  'fa-mixed-numbers',
  'dec-add',
  'dec-times-power-of-ten',
  'mo-fa-sub-same-denominator',
  'mo-fa-sub-different',
  'mo-fa-sub-mixed',
  'mo-fmd-times-whole',
  'mo-fmd-multiply',
  'mo-fmd-divide-by-whole',
  'mo-fmd-divide',
  'mo-deca-subtract',
  'mo-deca-times-whole',
  'mo-deca-multiply',
  'mo-deca-divide-whole',
  'mo-deca-divide-decimal',
];

const SPECIFIC: Record<string, Check[]> = {
  'fer-reduce': [
    (t) =>
      valueOf(/Kürze (\S+)/.exec(t.prompt)![1]!)!.d === BigInt(/\/(\d+)/.exec(t.prompt)![1]!)
        ? 'already reduced'
        : null,
  ],
  'fc-symbol': [
    (t) =>
      /: (\S+) \? (\S+)$/
        .exec(t.prompt)!
        .slice(1)
        .every((x, _, all) => x === all[0])
        ? 'the same fraction twice'
        : null,
  ],
  'mo-dec-round': [
    (t) =>
      isSame(valueOf(/Runde (\S+)/.exec(t.prompt)![1]!)!, (t.answer as NumberAnswer).value) ? 'nothing to round' : null,
  ],
  'mo-un-to-larger': [
    (t) => ((t.answer as NumberAnswer).value.d === 1n ? 'a whole number where a decimal is asked' : null),
  ],
  'mo-shape-is-symmetric': [
    (t) => ((mirrorMissing(t) === 0) === (chosen(t) === 'ja') ? null : 'the answer does not match the figure'),
  ],
  'mo-shape-mirror-complete': [
    (t) => {
      const missing = mirrorMissing(t);
      return missing >= 1 && isSame(rational(missing), (t.answer as NumberAnswer).value)
        ? null
        : 'wrong count of missing squares';
    },
  ],
  'mo-pa-composed-area': [
    (t) => {
      const { cells } = cellsOf(t);
      const xs = cells.map(([x]) => x);
      const ys = cells.map(([, y]) => y);
      const box = (Math.max(...xs) - Math.min(...xs) + 1) * (Math.max(...ys) - Math.min(...ys) + 1);
      return box === cells.length ? 'a plain rectangle' : null;
    },
  ],
  'mo-coord-read': [pointsDistinct],
  'mo-coord-which-point': [pointsDistinct],
  'mo-coord-rectangle': [pointsDistinct],
  'mo-ang-kind': [
    (t) => {
      const degrees = t.representation?.kind === 'angle' ? t.representation.degrees : NaN;
      return ANGLE_KINDS.find(([name]) => name === chosen(t))![1](degrees) ? null : 'the kind does not match the angle';
    },
  ],
  'mo-ratio-kind': [
    (t) => {
      const rows = t.representation?.kind === 'table' ? t.representation.rows.map((row) => row.map(Number)) : [];
      const isProportional = new Set(rows.map(([x, y]) => y! / x!)).size === 1;
      const isInverse = new Set(rows.map(([x, y]) => y! * x!)).size === 1;
      const kind = isProportional ? 'proportional' : isInverse ? 'antiproportional' : 'weder noch';
      return kind === chosen(t) ? null : 'the kind does not match the table';
    },
  ],
  'mo-data-bar-most': [
    (t) => {
      const values = t.representation?.kind === 'bar-chart' ? t.representation.values : [];
      const extreme = /meisten/.test(t.prompt) ? Math.max(...values) : Math.min(...values);
      return values.filter((v) => v === extreme).length === 1 ? null : 'two bars are the extreme';
    },
  ],
  'mo-chance-die': [probability],
  'mo-chance-bag': [probability],
  'mo-chance-spinner': [probability],
};

function TRIVIALITY_CHECKS(template: Template): Check[] {
  const sample = generateTask(template, 0);
  const general = [grammar, positiveAnswer, pictureIsNoAnswer, exactCents];
  if (template.topic !== 'word-problems' && !isTouched(sample)) general.push(notGivenAway);
  if (OPERATIONS.includes(template.id)) general.push(operation);
  return [...general, ...(SPECIFIC[template.id] ?? [])];
}

// ---- Pattern attacks on choice tasks: a pupil who does not do the maths, only looks at shapes.

type Attack = { name: string; pick(prompt: string, options: string[]): number | null; unlessPrompt?: RegExp };

const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).map(Number).filter((n) => n > 1);
const unique = (flags: boolean[]) => (flags.filter(Boolean).length === 1 ? flags.indexOf(true) : null);
// The one option whose key no other option has, when all the others share theirs.
function oddOneOut(keys: (string | null)[]): number | null {
  if (keys.some((k) => k === null)) return null;
  const groups = new Map<string, number[]>();
  keys.forEach((k, i) => groups.set(k!, [...(groups.get(k!) ?? []), i]));
  const sizes = [...groups.values()];
  if (sizes.length !== 2) return null;
  const single = sizes.find((g) => g.length === 1);
  return single && sizes.some((g) => g.length > 1) ? single[0]! : null;
}
const fractionOf = (text: string) => /^(\d+)\/(\d+)$/.exec(text.trim());
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
function ranked(options: string[], position: (count: number) => number): number | null {
  const values = options.map(valueOf);
  if (values.some((v) => v === null)) return null;
  const order = values.map((_, i) => i).sort((a, b) => Number(sub(values[a]!, values[b]!).n));
  return order[position(order.length)]!;
}

const ATTACKS: Attack[] = [
  {
    name: 'the largest number',
    pick: (_p, o) => ranked(o, (n) => n - 1),
    unlessPrompt: /größ|mehr|meist|höchst|läng|schwer/i,
  },
  {
    name: 'the smallest number',
    pick: (_p, o) => ranked(o, () => 0),
    unlessPrompt: /klein|wenig|niedrig|kürz|leicht/i,
  },
  { name: 'the second smallest number', pick: (_p, o) => (o.length > 2 ? ranked(o, () => 1) : null) },
  {
    name: 'the only reduced or only unreduced fraction',
    pick: (_p, o) =>
      oddOneOut(o.map((x) => (fractionOf(x) ? `${gcd(+fractionOf(x)![1]!, +fractionOf(x)![2]!) === 1}` : null))),
    unlessPrompt: /kürz/i,
  },
  { name: 'the option of another length', pick: (_p, o) => oddOneOut(o.map((x) => `${x.length}`)) },
  {
    name: 'the option with another count of digits',
    pick: (_p, o) => oddOneOut(o.map((x) => `${x.replace(/\D/g, '').length}`)),
  },
  {
    name: 'the option with another pattern of even and odd numbers',
    pick: (_p, o) =>
      oddOneOut(
        o.map(
          (x) =>
            numbersIn(x)
              .map((n) => n % 2)
              .join() || null,
        ),
      ),
  },
  {
    name: 'the option whose numbers are multiples of the prompt’s',
    pick: (p, o) => {
      const given = numbersIn(p);
      return given.length === 0
        ? null
        : unique(o.map((x) => numbersIn(x).length > 0 && numbersIn(x).every((n) => given.some((g) => n % g === 0))));
    },
  },
  {
    name: 'the fraction whose numerator and denominator are multiples of the prompt fraction’s (as written or reduced)',
    pick: (p, o) => {
      const match = /(\d+)\/(\d+)/.exec(p);
      if (!match) return null;
      const [n, d] = [+match[1]!, +match[2]!];
      const g = gcd(n, d);
      for (const [a, b] of [
        [n, d],
        [n / g, d / g],
      ] as const) {
        const pick = unique(
          o.map((x) => !!fractionOf(x) && +fractionOf(x)![1]! % a === 0 && +fractionOf(x)![2]! % b === 0),
        );
        if (pick !== null) return pick;
      }
      return null;
    },
  },
  {
    name: 'the option sharing the most numbers with the prompt',
    pick: (p, o) => {
      const given = new Set(numbersIn(p));
      const shared = o.map((x) => numbersIn(x).filter((n) => given.has(n)).length);
      const most = Math.max(...shared);
      return most > 0 ? unique(shared.map((s) => s === most)) : null;
    },
  },
  {
    name: 'the option sharing the most numbers with the other options',
    pick: (_p, o) => {
      const shared = o.map((x, i) =>
        o
          .filter((_, j) => j !== i)
          .reduce((sum, y) => sum + numbersIn(x).filter((n) => numbersIn(y).includes(n)).length, 0),
      );
      const most = Math.max(...shared);
      return most > 0 ? unique(shared.map((s) => s === most)) : null;
    },
  },
];
const chanceOf = (task: TaskContent) => 1 / (task.answer as ChoiceAnswer).options.length;

describe('the more templates and the audited fraction templates', () => {
  it('when the group is counted, then it has at least 52 new templates, 24 of them with a picture, 15 word problems and 3 templates in each of its topics', () => {
    const fresh = MORE_TEMPLATES.filter((t) => t.id.startsWith('mo-'));
    expect(fresh.length).toBe(MORE_TEMPLATES.length);
    expect(fresh.length).toBeGreaterThanOrEqual(52);
    expect(fresh.filter((t) => generateTask(t, 0).representation).length).toBeGreaterThanOrEqual(24);
    expect(TEMPLATES.filter((t) => t.topic === 'word-problems').length).toBeGreaterThanOrEqual(15);
    for (const topic of TOPICS)
      expect([topic, TEMPLATES.filter((t) => t.topic === topic).length >= 3]).toEqual([topic, true]);
    expect(fresh.every((t) => t.version === 1 && /^[a-z0-9-]{1,64}$/.test(t.id))).toBe(true);
  });

  it('when a fraction template was changed, then its version 1 is retired, still gradable, and never served', () => {
    expect(FRACTION_RETIRED.every((t) => MORE_RETIRED.includes(t))).toBe(true);
    for (const old of FRACTION_RETIRED) {
      expect(old.version).toBe(1);
      expect(FRACTION_TEMPLATES.find((t) => t.id === old.id)?.version).toBe(2);
      expect(TEMPLATES).not.toContain(old);
      for (let seed = 0; seed < 20; seed++) {
        const task = generateTask(old, seed);
        expect(checkAnswer(task.answer, canonicalAnswer(task.answer)).result).toBe('correct');
      }
    }
    expect(FRACTION_TEMPLATES.every((t) => FRACTION_RETIRED.some((old) => old.id === t.id))).toBe(true);
  });
});

function winRate(attack: Attack, tasks: TaskContent[]): { tried: number; rate: number } {
  let [tried, won] = [0, 0];
  for (const task of tasks) {
    if (attack.unlessPrompt?.test(task.prompt)) continue;
    const answer = task.answer as ChoiceAnswer;
    const pick = attack.pick(task.prompt, answer.options);
    if (pick === null) continue;
    tried++;
    if (pick === answer.correct) won++;
  }
  return { tried, rate: tried === 0 ? 0 : won / tried };
}

describe('the pattern attacks', () => {
  it('when they are run on the retired "Welcher Bruch ist gleich 2/3?" (version 1), then they find its defect', () => {
    const retired = FRACTION_RETIRED.find((t) => t.id === 'fer-equal-choice')!;
    const tasks = instancesOf(retired);
    const rates = ATTACKS.map((attack) => winRate(attack, tasks)).filter(({ tried }) => tried >= 30);
    expect(Math.max(...rates.map(({ rate }) => rate))).toBeGreaterThan(chanceOf(tasks[0]!) + 0.5);
  });
});

describe.each(MINE.map((t) => [`${t.id}@${t.version}`, t] as const))('template %s', (_key, template) => {
  const tasks = instancesOf(template);

  it('when generated from 300 seeds, then it gives at least 100 distinct instances, each with a hint and a valid picture of one kind', () => {
    expect(new Set(tasks.map(keyOf)).size).toBeGreaterThanOrEqual(100);
    expect(new Set(tasks.map((task) => task.representation?.kind ?? 'none')).size).toBe(1);
    for (const task of tasks) {
      expect(task.hint?.trim().length ?? 0).toBeGreaterThan(10);
      if (task.representation) expect(ZRepresentation.safeParse(task.representation).success).toBe(true);
    }
    expect([3, 4, 5, 6]).toContain(template.grade);
  });

  it('when generated from 2000 scattered seeds, then every instance comes out (no endless retry) with a readable picture', () => {
    for (let i = 0; i < 2000; i++) {
      const task = generateTask(template, (i * 2654435761) % 2147483647);
      if (task.representation) expect(ZRepresentation.safeParse(task.representation).success).toBe(true);
      expect(checkAnswer(task.answer, canonicalAnswer(task.answer)).result).toBe('correct');
    }
  });

  it('when the shown solution is typed, then it is correct, and a near miss is wrong', () => {
    for (const task of tasks) {
      expect([task.prompt, checkAnswer(task.answer, canonicalAnswer(task.answer)).result]).toEqual([
        task.prompt,
        'correct',
      ]);
      if (task.answer.kind === 'number') {
        const miss = add(task.answer.value, add(task.answer.tolerance ?? rational(0), rational(1, 100)));
        expect(checkAnswer(task.answer, formatFraction(miss)).result).toBe('wrong');
      }
    }
  });

  it('when every instance is inspected, then none is trivial, ungrammatical or gives its answer away', () => {
    for (const task of tasks) {
      for (const check of TRIVIALITY_CHECKS(template)) {
        const problem = check(task);
        if (problem) throw new Error(`${problem}: «${task.prompt}» ${JSON.stringify(task.representation ?? '')}`);
      }
    }
  });

  if (isTouched(generateTask(template, 0)))
    it('when the pupil touches the right position, then the submitted text is correct, and a neighbouring position is wrong', () => {
      for (const task of tasks) {
        const answer = task.answer as NumberAnswer;
        const positions = touchTexts(task.representation!);
        const right = positions.findIndex((p) => sub(p.value, answer.value).n === 0n);
        expect(right).toBeGreaterThan(0);
        expect(checkAnswer(answer, positions[right]!.text).result).toBe('correct');
        for (const wrong of [positions[right - 1], positions[right + 1]])
          if (wrong) expect([wrong.text, checkAnswer(answer, wrong.text).result]).toEqual([wrong.text, 'wrong']);
      }
    });

  if (generateTask(template, 0).answer.kind === 'choice') {
    it('when its options are tried, then they are distinct, exactly one is correct, and the correct one stands anywhere equally often', () => {
      const counts = new Map<number, number>();
      for (const task of tasks) {
        const answer = task.answer as ChoiceAnswer;
        expect(new Set(answer.options).size).toBe(answer.options.length);
        const correct = answer.options.filter((_, i) => checkAnswer(answer, LETTERS[i]!).result === 'correct');
        expect(correct).toEqual([answer.options[answer.correct]]);
        counts.set(answer.correct, (counts.get(answer.correct) ?? 0) + 1);
      }
      const optionCount = (tasks[0]!.answer as ChoiceAnswer).options.length;
      expect(counts.size).toBe(optionCount);
      for (const count of counts.values()) expect(Math.abs(count / SEEDS - 1 / optionCount)).toBeLessThan(0.1);
    });

    it.each(ATTACKS.map((attack) => [attack.name, attack] as const))(
      'when a pupil always picks %s, then they are right hardly more often than by chance',
      (_name, attack) => {
        const { tried, rate } = winRate(attack, tasks);
        if (tried >= 30) expect(rate).toBeLessThanOrEqual(chanceOf(tasks[0]!) + 0.25);
      },
    );
  }
});
