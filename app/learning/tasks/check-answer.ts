// Checks a pupil's answer against a task's answer, exactly. Says how the input was read ("read as
// 3/4", normalised) so that a typo shows, and tells unreadable input apart from a wrong answer.
// Every check looks at the parsed reading, never at the raw input. What is accepted is written
// down, as a table that is also a test, in docs/answer-acceptance.md.
import { isTypedReduced, parseAnswer, readingText, type ReadNumber } from './answer-parser';
import { comparableText, normaliseAnswerText } from './answer-text';
import { compare, equals, sub, type Rational } from './rational';
import { LETTERS } from './solution-text';
import type { Answer, ChoiceAnswer, NumberAnswer, OrderAnswer } from './task-types';
import { isConvertible, type Unit } from './units';

export { canonicalAnswer } from './solution-text';

export type CheckResult = {
  result: 'correct' | 'wrong' | 'unreadable';
  readAs: string | null;
  // Set when the answer carried another unit than the task asks for ("20 m", the task asks for cm;
  // asked is null when the task asks for a plain number): readable, but not correct.
  unitHint?: { typed: Unit; asked: Unit | null; isConvertible: boolean };
};

const UNREADABLE: CheckResult = { result: 'unreadable', readAs: null };
const WITH_TEXT = /^(.*?) ?\((.+)\)$/; // "C (6/8)", "B, A (3; 9)": letters with the options' text

function isCloseEnough(value: Rational, answer: NumberAnswer): boolean {
  if (!answer.tolerance) return equals(value, answer.value);
  const distance = sub(value, answer.value);
  const absolute = distance.n < 0n ? { n: -distance.n, d: distance.d } : distance;
  return compare(absolute, answer.tolerance) <= 0;
}

function isRightNumber(answer: NumberAnswer, reading: ReadNumber): boolean {
  const hasDenominator =
    answer.denominator === undefined || reading.typedFraction?.denominator === BigInt(answer.denominator);
  return (
    isCloseEnough(reading.value, answer) &&
    (!answer.forms || answer.forms.includes(reading.form)) &&
    (!answer.mustBeReduced || isTypedReduced(reading)) &&
    hasDenominator
  );
}

function checkNumber(answer: NumberAnswer, input: string): CheckResult {
  const parsed = parseAnswer(input);
  if (!parsed.isReadable) return UNREADABLE;
  if (parsed.variable !== null && parsed.variable !== answer.variable) return UNREADABLE;
  const reading = parsed.readings.find((r) => isRightNumber(answer, r)) ?? parsed.readings[0]!;
  const readAs = readingText(reading, parsed.unit, parsed.variable);
  const asked = answer.unit ?? null;
  if (parsed.unit !== null && parsed.unit !== asked) {
    const convertible = asked !== null && isConvertible(parsed.unit, asked);
    return { result: 'wrong', readAs, unitHint: { typed: parsed.unit, asked, isConvertible: convertible } };
  }
  return { result: isRightNumber(answer, reading) ? 'correct' : 'wrong', readAs };
}

function letterIndex(text: string, count: number): number | null {
  const letter = text.trim().toUpperCase();
  const index = LETTERS.indexOf(letter);
  return letter.length === 1 && index >= 0 && index < count ? index : null;
}

function checkChoice(answer: ChoiceAnswer, input: string): CheckResult {
  const text = normaliseAnswerText(input);
  const withText = WITH_TEXT.exec(text);
  const optionOf = (typed: string) => answer.options.findIndex((o) => comparableText(o) === comparableText(typed));
  let index = withText ? letterIndex(withText[1]!, answer.options.length) : letterIndex(text, answer.options.length);
  if (withText && index !== null && optionOf(withText[2]!) !== index) index = null;
  if (!withText && index === null) index = optionOf(text);
  if (index === null || index < 0) return UNREADABLE;
  return { result: index === answer.correct ? 'correct' : 'wrong', readAs: LETTERS[index]! };
}

function checkOrder(answer: OrderAnswer, input: string): CheckResult {
  const text = normaliseAnswerText(input);
  const withText = WITH_TEXT.exec(text);
  const parts = (withText ? withText[1]! : text).split(/[ ,;]+/).filter(Boolean);
  const indexes = parts.map((part) => letterIndex(part, answer.items.length));
  const isPermutation =
    indexes.length === answer.items.length &&
    indexes.every((i) => i !== null) &&
    new Set(indexes).size === indexes.length;
  if (!isPermutation) return UNREADABLE;
  // The items' text after the letters must be those items, in the order the letters say.
  const items = withText ? withText[2]!.split(';').map(comparableText) : null;
  if (items && !indexes.every((i, position) => comparableText(answer.items[i!]!) === items[position]))
    return UNREADABLE;
  const readAs = indexes.map((i) => LETTERS[i!]).join(', ');
  const isCorrect = indexes.every((i, position) => i === answer.correctOrder[position]);
  return { result: isCorrect ? 'correct' : 'wrong', readAs };
}

export function checkAnswer(answer: Answer, input: string): CheckResult {
  if (input.length > 200) return UNREADABLE;
  switch (answer.kind) {
    case 'number':
      return checkNumber(answer, input);
    case 'choice':
      return checkChoice(answer, input);
    case 'order':
      return checkOrder(answer, input);
  }
}
