// Checks a pupil's answer against a task's answer, exactly. Says how the input was read ("read as
// 3/4") so that a typo shows, and tells unreadable input apart from a wrong answer.
import { isTypedFractionReduced, parseNumber } from './answer-parser';
import { equals, formatDecimal, formatFraction, formatMixed } from './rational';
import type { Answer, ChoiceAnswer, NumberAnswer, OrderAnswer } from './task-types';

export type CheckResult = { result: 'correct' | 'wrong' | 'unreadable'; readAs: string | null };

const LETTERS = 'ABCDEFGH';

function checkNumber(answer: NumberAnswer, input: string): CheckResult {
  const parsed = parseNumber(input);
  if (!parsed.isReadable || (parsed.isPercent && answer.unit !== '%')) return { result: 'unreadable', readAs: null };
  const shown =
    parsed.form === 'decimal'
      ? formatDecimal(parsed.value)!
      : parsed.form === 'mixed'
        ? formatMixed(parsed.value)
        : formatFraction(parsed.value);
  const readAs =
    parsed.form === 'fraction' && !isTypedFractionReduced(input) ? input.replace(/\s+/g, '').replace('%', '') : shown;
  const withUnit = parsed.isPercent ? `${readAs} %` : readAs;
  const isFormAllowed = !answer.forms || answer.forms.includes(parsed.form);
  const isReducedEnough = !answer.mustBeReduced || isTypedFractionReduced(input);
  const typedDenominator = /\/\s*(\d+)\s*$/.exec(input.trim())?.[1];
  const hasDenominator = answer.denominator === undefined || Number(typedDenominator) === answer.denominator;
  const isCorrect = equals(parsed.value, answer.value) && isFormAllowed && isReducedEnough && hasDenominator;
  return { result: isCorrect ? 'correct' : 'wrong', readAs: withUnit };
}

function letterIndex(input: string, count: number): number | null {
  const letter = input.trim().toUpperCase();
  const index = LETTERS.indexOf(letter);
  return letter.length === 1 && index >= 0 && index < count ? index : null;
}

function checkChoice(answer: ChoiceAnswer, input: string): CheckResult {
  const index =
    letterIndex(input, answer.options.length) ?? answer.options.findIndex((option) => option === input.trim());
  if (index === null || index < 0) return { result: 'unreadable', readAs: null };
  return { result: index === answer.correct ? 'correct' : 'wrong', readAs: LETTERS[index]! };
}

function checkOrder(answer: OrderAnswer, input: string): CheckResult {
  const parts = input.split(/[\s,;]+/).filter(Boolean);
  const indexes = parts.map((part) => letterIndex(part, answer.items.length));
  const isPermutation =
    indexes.length === answer.items.length &&
    indexes.every((i) => i !== null) &&
    new Set(indexes).size === indexes.length;
  if (!isPermutation) return { result: 'unreadable', readAs: null };
  const readAs = indexes.map((i) => LETTERS[i!]).join(', ');
  const isCorrect = indexes.every((i, position) => i === answer.correctOrder[position]);
  return { result: isCorrect ? 'correct' : 'wrong', readAs };
}

export function checkAnswer(answer: Answer, input: string): CheckResult {
  if (input.length > 200) return { result: 'unreadable', readAs: null };
  switch (answer.kind) {
    case 'number':
      return checkNumber(answer, input);
    case 'choice':
      return checkChoice(answer, input);
    case 'order':
      return checkOrder(answer, input);
  }
}

// The answer as a pupil would write it best (used by tests, and shown after submitting).
export function canonicalAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'number': {
      if (answer.denominator !== undefined)
        return `${(answer.value.n * BigInt(answer.denominator)) / answer.value.d}/${answer.denominator}`;
      const forms = answer.forms ?? ['integer', 'decimal', 'fraction', 'mixed'];
      const decimal =
        forms.includes('decimal') || (forms.includes('integer') && answer.value.d === 1n)
          ? formatDecimal(answer.value)
          : null;
      return (
        decimal ??
        (forms.includes('mixed') && !forms.includes('fraction')
          ? formatMixed(answer.value)
          : formatFraction(answer.value))
      );
    }
    case 'choice':
      return LETTERS[answer.correct]!;
    case 'order':
      return answer.correctOrder.map((i) => LETTERS[i]).join(', ');
  }
}
