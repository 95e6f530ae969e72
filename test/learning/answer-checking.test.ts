import fc from 'fast-check';
import { parseNumber } from '../../app/learning/tasks/answer-parser';
import { canonicalAnswer, checkAnswer } from '../../app/learning/tasks/check-answer';
import {
  formatDecimal,
  formatFraction,
  formatMixed,
  rational,
  add,
  equals,
  type Rational,
} from '../../app/learning/tasks/rational';
import type { NumberAnswer } from '../../app/learning/tasks/task-types';

const value = (input: string) => {
  const parsed = parseNumber(input);
  return parsed.isReadable ? formatFraction(parsed.value) : 'unreadable';
};
const threeQuarters: NumberAnswer = { kind: 'number', value: rational(3, 4) };

describe('reading what a pupil typed', () => {
  it.each([
    ['3/4', '3/4'],
    ['0,75', '3/4'],
    ['0.75', '3/4'],
    ['6/8', '3/4'],
    [' 3 / 4 ', '3/4'],
    ['1 1/2', '3/2'],
    ['-1 1/2', '-3/2'],
    ['−3/4', '-3/4'],
    ['+7', '7'],
    ['1.234', '1234'],
    ['1 234', '1234'],
    ['1.234.567', '1234567'],
    ['1,234,567', '1234567'],
    ['1.234,5', '2469/2'],
    ['1,234.5', '2469/2'],
    ['0.250', '1/4'],
    ['12,5 %', '25/2'],
    ['007', '7'],
  ])('when a pupil types %p, then it is read as %p', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each(['', 'drei', '3/0', '1,2,3.4', '1..2', '3/4/5', '1 5/4', '12,', 'x=3', '3 4', '1.23.4', '⅜', '1e3'])(
    'when a pupil types %p, then the answer is unreadable, not wrong',
    (input) => {
      expect(parseNumber(input).isReadable).toBe(false);
    },
  );
});

describe('checking answers exactly', () => {
  it('when the answer is 3/4, then every equivalent form is correct and the feedback says how it was read', () => {
    for (const [input, readAs] of [
      ['3/4', '3/4'],
      ['0,75', '0,75'],
      ['0.75', '0,75'],
      ['6/8', '6/8'],
    ]) {
      expect(checkAnswer(threeQuarters, input!)).toEqual({ result: 'correct', readAs });
    }
    expect(checkAnswer(threeQuarters, '0,7')).toEqual({ result: 'wrong', readAs: '0,7' });
    expect(checkAnswer(threeQuarters, 'drei Viertel')).toEqual({ result: 'unreadable', readAs: null });
  });

  it('when the task asks for the reduced form, then 6/8 is wrong and 3/4 is right', () => {
    const reduced: NumberAnswer = { ...threeQuarters, forms: ['fraction'], mustBeReduced: true };
    expect(checkAnswer(reduced, '6/8').result).toBe('wrong');
    expect(checkAnswer(reduced, '0,75').result).toBe('wrong');
    expect(checkAnswer(reduced, '3/4').result).toBe('correct');
  });

  it('when a percentage task is answered with or without "%", then both count; elsewhere "%" is unreadable', () => {
    const percent: NumberAnswer = { kind: 'number', value: rational(25), unit: '%' };
    expect(checkAnswer(percent, '25 %')).toEqual({ result: 'correct', readAs: '25 %' });
    expect(checkAnswer(percent, '25')).toEqual({ result: 'correct', readAs: '25' });
    expect(checkAnswer(threeQuarters, '75 %').result).toBe('unreadable');
  });

  it('when multiple-choice and ordering tasks are answered, then letters are read and checked', () => {
    const choice = { kind: 'choice' as const, options: ['<', '=', '>'], correct: 2 };
    expect(checkAnswer(choice, 'c')).toEqual({ result: 'correct', readAs: 'C' });
    expect(checkAnswer(choice, '>')).toEqual({ result: 'correct', readAs: 'C' });
    expect(checkAnswer(choice, 'A').result).toBe('wrong');
    expect(checkAnswer(choice, 'Z').result).toBe('unreadable');
    const order = { kind: 'order' as const, items: ['9', '3', '5'], correctOrder: [1, 2, 0] };
    expect(checkAnswer(order, 'B, C, A')).toEqual({ result: 'correct', readAs: 'B, C, A' });
    expect(checkAnswer(order, 'A C B').result).toBe('wrong');
    expect(checkAnswer(order, 'B, B, A').result).toBe('unreadable');
  });

  it('when any rational is written as a fraction, a mixed number or (if finite) a German decimal, then it reads back exactly', () => {
    const rationals = fc
      .tuple(fc.integer({ min: -100_000, max: 100_000 }), fc.integer({ min: 1, max: 1000 }))
      .map(([n, d]) => rational(n, d));
    fc.assert(
      fc.property(rationals, (r: Rational) => {
        const forms = [formatFraction(r), formatMixed(r), formatDecimal(r)].filter((f): f is string => f !== null);
        return forms.every((form) => {
          const parsed = parseNumber(form);
          return parsed.isReadable && equals(parsed.value, r);
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('when a value is off by any non-zero amount, then it is wrong', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }).filter((n) => n !== 0),
        fc.integer({ min: 1, max: 100 }),
        (n, d) => {
          const off = add(rational(3, 4), rational(n, d));
          return checkAnswer(threeQuarters, formatFraction(off)).result === 'wrong';
        },
      ),
    );
    expect(canonicalAnswer(threeQuarters)).toBe('0,75');
  });
});
