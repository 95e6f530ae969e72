// The checker as a whole; the case-by-case judgements a teacher makes are the table in
// docs/answer-acceptance.md (answer-table.test.ts). Here: the classes of input behind those rows.
import fc from 'fast-check';
import { parseNumber } from '../../app/learning/tasks/answer-parser';
import { findTemplate, generateTask } from '../../app/learning/tasks/catalog';
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
const reduced: NumberAnswer = { kind: 'number', value: rational(2, 3), forms: ['fraction'], mustBeReduced: true };
// Ways to write the same characters that look alike to a pupil: full-width, no-break and odd spaces.
const FULL_WIDTH_DIGIT = (digit: string) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0);
const spaces = fc.constantFrom('', ' ', '  ', '\t', '\u00A0', '\u202F', '\u3000');

describe('reading what a pupil typed', () => {
  it.each([
    ['3/4', '3/4'],
    ['0,75', '3/4'],
    ['0.75', '3/4'],
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
    ['⅜', '3/8'],
    ['2½', '5/2'],
  ])('when a pupil types %p, then it is read as %p', (input, expected) => {
    expect(value(input)).toBe(expected);
  });

  it.each(['', 'drei', '3/0', '1,2,3.4', '1..2', '3/4/5', '1 5/4', '12,', '3 4', '1.23.4', '1e3', '3²', '1 3,63'])(
    'when a pupil types %p, then the answer is unreadable, not wrong',
    (input) => {
      expect(parseNumber(input).isReadable).toBe(false);
    },
  );

  it('when any whole number is grouped in threes by spaces or points, then it reads back; a space elsewhere makes it unreadable', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), fc.nat(), (n, at) => {
        const grouped = n.toLocaleString('de-DE');
        expect(value(grouped)).toBe(`${n}`);
        expect(value(grouped.replace(/\./g, ' '))).toBe(`${n}`);
        const digits = `${n}`;
        const cut = 1 + (at % (digits.length - 1));
        const isGroupCut = digits.length - cut === 3 && cut <= 3;
        if (!isGroupCut) expect(value(`${digits.slice(0, cut)} ${digits.slice(cut)}`)).toBe('unreadable');
      }),
    );
  });
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

  it('when a fraction is typed with any spaces, tabs, no-break spaces or full-width digits, then it is judged and read like the plain one', () => {
    const fractions = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 30 }));
    fc.assert(
      fc.property(fractions, spaces, spaces, spaces, fc.boolean(), ([n, d], before, around, after, isFullWidth) => {
        const plain = `${n * 2}/${d * 3}`;
        const digits = isFullWidth ? plain.replace(/\d/g, FULL_WIDTH_DIGIT) : plain;
        const typed = `${before}${digits.replace('/', `${around}/${around}`)}${after}`;
        expect(checkAnswer(reduced, typed)).toEqual(checkAnswer(reduced, plain));
        expect(checkAnswer({ ...reduced, denominator: d * 3 }, typed)).toEqual(
          checkAnswer({ ...reduced, denominator: d * 3 }, plain),
        );
      }),
    );
  });

  it('when a pupil types a negative number with a Unicode minus or full-width digits, then "read as" is ASCII', () => {
    const minusThree: NumberAnswer = { kind: 'number', value: rational(-3, 4) };
    expect(checkAnswer(minusThree, '\u2212６/８')).toEqual({ result: 'correct', readAs: '-6/8' });
    expect(checkAnswer(minusThree, '\u2013 0,75')).toEqual({ result: 'correct', readAs: '-0,75' });
    expect(checkAnswer(minusThree, '－¾')).toEqual({ result: 'correct', readAs: '-3/4' });
  });

  it('when a task asks for a unit and the answer comes in another one, then it is read, wrong, and the hint names the asked unit', () => {
    const inCm: NumberAnswer = { kind: 'number', value: rational(2000), unit: 'cm' };
    expect(checkAnswer(inCm, '2000 cm')).toEqual({ result: 'correct', readAs: '2000 cm' });
    expect(checkAnswer(inCm, '20 m')).toEqual({
      result: 'wrong',
      readAs: '20 m',
      unitHint: { typed: 'm', asked: 'cm', isConvertible: true },
    });
    expect(checkAnswer(threeQuarters, '75 %').unitHint).toEqual({ typed: '%', asked: null, isConvertible: false });
  });

  it('when an equation asks for x, then "x = 42" and "x=42" count; in other tasks "x = 42" is unreadable', () => {
    const equation: NumberAnswer = { kind: 'number', value: rational(42), variable: 'x' };
    expect(checkAnswer(equation, 'x = 42')).toEqual({ result: 'correct', readAs: 'x = 42' });
    expect(checkAnswer(equation, 'x=42')).toEqual({ result: 'correct', readAs: 'x = 42' });
    expect(checkAnswer({ kind: 'number', value: rational(42) }, 'x = 42').result).toBe('unreadable');
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
  });
});

describe('the solution shown after submitting', () => {
  const solutionOf = (id: string, seed: number) => canonicalAnswer(generateTask(findTemplate(id, 1)!, seed).answer);

  it('when the task is about fractions, mixed numbers, money, units, equations or choices, then the solution is in that form', () => {
    for (let seed = 0; seed < 50; seed++) {
      expect(solutionOf('fa-same-denominator', seed)).toMatch(/^\d+(\/\d+)?$/);
      expect(solutionOf('fa-different-denominators', seed)).toMatch(/^\d+(\/\d+)?$/);
      expect(solutionOf('fa-mixed-numbers', seed)).toMatch(/^\d+( \d+\/\d+)?$/);
      expect(solutionOf('pct-discount', seed)).toMatch(/^\d+,\d\d €$/);
      expect(solutionOf('pct-share', seed)).toMatch(/^\d+(,\d+)? %$/);
      expect(solutionOf('un-m-to-cm', seed)).toMatch(/^\d+ cm$/);
      expect(solutionOf('un-cm-to-m', seed)).toMatch(/^\d+(,\d+)? m$/);
      expect(solutionOf('eq-two-step', seed)).toMatch(/^x = \d+$/);
      expect(solutionOf('fc-symbol', seed)).toMatch(/^[ABC] \([<=>]\)$/);
      expect(solutionOf('fc-order', seed)).toMatch(/^[ABC], [ABC], [ABC] \(\d+\/\d+; \d+\/\d+; \d+\/\d+\)$/);
    }
    expect(canonicalAnswer(threeQuarters)).toBe('0,75');
  });
});

describe('degrees, of an angle or a temperature', () => {
  const degrees = (n: number): NumberAnswer => ({ kind: 'number', value: rational(n), unit: '°' });

  it.each(['45', '45°', '45 °', '45 Grad', '45 grad', '45°C', '45 °C'])(
    'when a pupil answers %s where the task asks for 45 degrees, then it is correct',
    (typed) => expect(checkAnswer(degrees(45), typed).result).toBe('correct'),
  );

  it('when a pupil answers -3 °C for a temperature, then it is correct, and the solution reads 45°', () => {
    expect(checkAnswer(degrees(-3), '-3 °C')).toMatchObject({ result: 'correct', readAs: '-3°' });
    expect(canonicalAnswer(degrees(45))).toBe('45°');
  });

  it('when a pupil answers in another unit or a wrong number of degrees, then it is wrong, not unreadable', () => {
    expect(checkAnswer(degrees(45), '45 cm')).toMatchObject({ result: 'wrong', unitHint: { typed: 'cm', asked: '°' } });
    expect(checkAnswer(degrees(45), '54°').result).toBe('wrong');
  });
});
