import fc from 'fast-check';
import { TEMPLATES, findTemplate, generateTask } from '../../app/learning/tasks/catalog';
import { TOPICS } from '../../app/learning/topics';
import { canonicalAnswer, checkAnswer } from '../../app/learning/tasks/check-answer';
import { add, formatFraction, rational } from '../../app/learning/tasks/rational';
import type { Answer } from '../../app/learning/tasks/task-types';

const LETTERS = 'ABCDEFGH';

// An answer that must not be accepted: another value, another option, another order.
function anotherAnswer(answer: Answer, pick: number): string {
  switch (answer.kind) {
    case 'number': {
      // Further off than the tolerance a marked point may have (none: any other value).
      const offset = add(rational(pick + 1, (pick % 7) + 1), answer.tolerance ?? rational(0));
      return formatFraction(add(answer.value, pick % 2 === 0 ? offset : rational(-offset.n, offset.d)));
    }
    case 'choice':
      return LETTERS[(answer.correct + 1 + (pick % (answer.options.length - 1))) % answer.options.length]!;
    case 'order': {
      const order = [...answer.correctOrder];
      const i = pick % (order.length - 1);
      [order[i], order[i + 1]] = [order[i + 1]!, order[i]!];
      return order.map((index) => LETTERS[index]).join(', ');
    }
  }
}

describe('the task catalogue', () => {
  it('when the catalogue is loaded, then it has at least 24 topics and 120 templates, each with a stable id and version', () => {
    const topics = new Set(TEMPLATES.map((t) => t.topic));
    expect(topics.size).toBeGreaterThanOrEqual(24);
    expect([...topics].every((topic) => topic in TOPICS)).toBe(true);
    expect(TEMPLATES.length).toBeGreaterThanOrEqual(120);
    const keys = TEMPLATES.map((t) => `${t.id}@${t.version}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const topic of topics)
      expect(new Set(TEMPLATES.filter((t) => t.topic === topic).map((t) => t.difficulty)).size).toBeGreaterThanOrEqual(
        1,
      );
  });

  it.each(TEMPLATES.map((t) => [`${t.id}@${t.version}`, t] as const))(
    'when %s is generated from many seeds, then it regenerates exactly, its canonical answer is correct and other answers are wrong',
    (_key, template) => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(1000), (seed, pick) => {
          const task = generateTask(template, seed);
          expect(generateTask(findTemplate(template.id, template.version)!, seed)).toEqual(task);
          expect(checkAnswer(task.answer, canonicalAnswer(task.answer)).result).toBe('correct');
          expect(checkAnswer(task.answer, anotherAnswer(task.answer, pick)).result).toBe('wrong');
        }),
        { numRuns: 150 },
      );
    },
  );
});
