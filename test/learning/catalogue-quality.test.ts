// The catalogue as a teacher and a clever pupil would try it: breadth (topics, templates, pictures),
// enough distinct instances, a hint on every template, no trivial or ungrammatical instance, every
// distractor wrong, and no surface pattern of the options that gives a choice task away.
import { TEMPLATES, generateTask } from '../../app/learning/tasks/catalog';
import { canonicalAnswer, checkAnswer } from '../../app/learning/tasks/check-answer';
import { parseAnswer } from '../../app/learning/tasks/answer-parser';
import { compare, type Rational } from '../../app/learning/tasks/rational';
import { ZRepresentation } from '../../app/learning/representation';
import { TOPIC_IDS } from '../../app/learning/topics';
import type { ChoiceAnswer, TaskContent, Template } from '../../app/learning/tasks/task-types';

const SEEDS = 400;
const LETTERS = 'ABCDEFGH';
const instancesOf = (template: Template, count = SEEDS) =>
  Array.from({ length: count }, (_, seed) => generateTask(template, seed));
const keyOf = (task: TaskContent) => JSON.stringify([task.prompt, task.representation ?? null]);

// Phrases a careful teacher would strike out: singular/plural after 1, trivial operations,
// comparisons of a number with itself, zero amounts in mixed units.
const STRUCK_OUT: [RegExp, string][] = [
  [/(?<![\d,.])1 (?:\p{L}+ )?(?:davon )?sind\b/u, '"1 … sind" (singular needed)'],
  [/(?<![\d,.])1 % (?:sind|von \d+ sind)\b/u, '"1 % sind"'],
  [/(?<![\d,./])(\d+(?:[,/]\d+)?) \? \1(?![\d,/])/u, 'a comparison of a number with itself'],
  [/\d [+−-] 0(?![,\d/])/u, 'an addition or subtraction of 0'],
  [/\d [·:] 1(?![,\d/])/u, 'a multiplication or division by 1'],
  [/\b(?:kg|km|m|h|€|l) 0 (?:g|m|cm|min|ct|ml)\b/u, 'a zero amount in mixed units ("8 kg 0 g")'],
  [/\bundefined\b|\bNaN\b|\[object/u, 'a broken placeholder'],
  [/ {2}| [,.!](?!\d)/u, 'stray spaces'],
];

describe('the catalogue’s breadth', () => {
  it('when the catalogue is counted, then it has at least 24 topics and 120 templates across grades 3–6, a third with a picture', () => {
    const topics = new Set(TEMPLATES.map((t) => t.topic));
    expect(topics.size).toBeGreaterThanOrEqual(24);
    expect([...topics].every((topic) => (TOPIC_IDS as string[]).includes(topic))).toBe(true);
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(120);
    expect(new Set(TEMPLATES.map((t) => t.grade))).toEqual(new Set([3, 4, 5, 6]));
    const withPicture = TEMPLATES.filter((t) => generateTask(t, 0).representation);
    expect(withPicture.length * 3).toBeGreaterThanOrEqual(TEMPLATES.length);
    const kinds = new Set(withPicture.map((t) => generateTask(t, 0).representation!.kind));
    for (const kind of ['number-line', 'fraction-parts', 'place-value', 'dot-field', 'bar-chart'])
      expect(kinds).toContain(kind);
    expect(TEMPLATES.filter((t) => t.topic === 'word-problems').length).toBeGreaterThanOrEqual(15);
  });
});

describe.each(TEMPLATES.map((t) => [`${t.id}@${t.version}`, t] as const))('template %s', (_key, template) => {
  const tasks = instancesOf(template);

  it('when generated from 400 seeds, then it gives at least 100 distinct instances, each with a hint and one kind of picture', () => {
    expect(new Set(tasks.map(keyOf)).size).toBeGreaterThanOrEqual(100);
    const kinds = new Set(tasks.map((task) => task.representation?.kind ?? 'none'));
    expect(kinds.size).toBe(1);
    for (const task of tasks) {
      expect(task.hint?.trim().length ?? 0).toBeGreaterThan(5);
      if (task.representation) expect(ZRepresentation.safeParse(task.representation).success).toBe(true);
    }
  });

  it('when its prompts are read, then none is trivial, ungrammatical or broken', () => {
    for (const task of tasks)
      for (const [pattern, what] of STRUCK_OUT)
        if (pattern.test(task.prompt)) throw new Error(`${what}: «${task.prompt}»`);
  });

  if (generateTask(template, 0).answer.kind === 'choice')
    it('when its options are tried one by one, then they are distinct and only the solution is correct', () => {
      for (const task of tasks) {
        const answer = task.answer as ChoiceAnswer;
        expect(new Set(answer.options).size).toBe(answer.options.length);
        answer.options.forEach((_option, index) =>
          expect(checkAnswer(answer, LETTERS[index]!).result).toBe(index === answer.correct ? 'correct' : 'wrong'),
        );
        expect(checkAnswer(answer, canonicalAnswer(answer)).result).toBe('correct');
      }
    });
});

// ---- Pattern attacks on choice tasks: a pupil who does not do the maths, only looks at shapes.

type Attack = { name: string; pick(task: TaskContent, options: string[]): number | null; unlessPrompt?: RegExp };

const valueOf = (text: string): Rational | null => {
  const parsed = parseAnswer(text);
  return parsed.isReadable ? parsed.readings[0]!.value : null;
};
const numbersIn = (text: string) => (text.match(/\d+/g) ?? []).map(Number).filter((n) => n > 1);
const unique = (flags: boolean[]) => (flags.filter(Boolean).length === 1 ? flags.indexOf(true) : null);

function extreme(options: string[], sign: 1 | -1): number | null {
  const values = options.map(valueOf);
  if (values.some((v) => v === null)) return null;
  let best = 0;
  values.forEach((v, i) => {
    if (compare(v!, values[best]!) * sign > 0) best = i;
  });
  return best;
}

const ATTACKS: Attack[] = [
  { name: 'the largest number', pick: (_t, o) => extreme(o, 1), unlessPrompt: /größ|mehr|meist|höchst|läng|schwer/i },
  {
    name: 'the smallest number',
    pick: (_t, o) => extreme(o, -1),
    unlessPrompt: /klein|wenig|niedrig|kürz|leicht/i,
  },
  { name: 'the only reduced or only unreduced fraction', pick: (_t, o) => reducedOddOneOut(o), unlessPrompt: /kürz/i },
  {
    name: 'the only option of its length',
    pick: (_t, o) => unique(o.map((x) => o.filter((y) => y.length === x.length).length === 1)),
  },
  {
    name: 'the option whose numbers are multiples of the prompt’s',
    pick: (task, o) => {
      const given = numbersIn(task.prompt);
      if (given.length === 0) return null;
      return unique(o.map((x) => numbersIn(x).length > 0 && numbersIn(x).every((n) => given.some((g) => n % g === 0))));
    },
  },
  {
    name: 'the option sharing the most numbers with the prompt',
    pick: (task, o) => {
      const given = new Set(numbersIn(task.prompt));
      const shared = o.map((x) => numbersIn(x).filter((n) => given.has(n)).length);
      const most = Math.max(...shared);
      return most > 0 ? unique(shared.map((s) => s === most)) : null;
    },
  },
];

function reducedOddOneOut(options: string[]): number | null {
  const fractions = options.map((o) => /^(\d+)\/(\d+)$/.exec(o.trim()));
  if (fractions.some((f) => !f)) return null;
  const reduced = fractions.map((f) => gcd(Number(f![1]), Number(f![2])) === 1);
  return unique(reduced) ?? unique(reduced.map((r) => !r));
}
const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

const CHOICE_TEMPLATES = TEMPLATES.filter((t) => generateTask(t, 0).answer.kind === 'choice');

describe.each(CHOICE_TEMPLATES.map((t) => [`${t.id}@${t.version}`, t] as const))(
  'choice template %s',
  (_key, template) => {
    const tasks = instancesOf(template, 500);

    it('when the right option’s position is counted over 500 seeds, then no position is favoured', () => {
      const counts = new Map<number, number>();
      for (const task of tasks) {
        const answer = task.answer as ChoiceAnswer;
        counts.set(answer.correct, (counts.get(answer.correct) ?? 0) + 1);
      }
      const optionCount = (tasks[0]!.answer as ChoiceAnswer).options.length;
      for (const count of counts.values()) expect(count / tasks.length).toBeLessThan(1 / optionCount + 0.25);
    });

    it.each(ATTACKS.map((a) => [a.name, a] as const))(
      'when a pupil always picks %s, then they are right hardly more often than by chance',
      (_name, attack) => {
        let tried = 0;
        let won = 0;
        for (const task of tasks) {
          const answer = task.answer as ChoiceAnswer;
          if (attack.unlessPrompt?.test(task.prompt)) continue;
          const pick = attack.pick(task, answer.options);
          if (pick === null) continue;
          tried++;
          if (pick === answer.correct) won++;
        }
        if (tried < 50) return; // the attack does not apply to this template's options
        const chance = 1 / (tasks[0]!.answer as ChoiceAnswer).options.length;
        expect(won / tried).toBeLessThanOrEqual(Math.max(0.6, chance + 0.35));
      },
    );
  },
);
