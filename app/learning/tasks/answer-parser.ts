// Reads what a pupil typed for a number task: "x = " before the number (equations), a sign ("+",
// "-", any Unicode minus), the number in parentheses ("(-3)"), the number itself (number-parser.ts)
// and a unit after it ("300 cm", "171 €", "75 Prozent"). Everything is read from the normalised text
// (answer-text.ts), never from the raw input. Anything else is unreadable: the pupil is told "we
// cannot read this answer" and tries again, never "wrong".
import { normaliseAnswerText } from './answer-text';
import { readUnsignedNumber, type ReadNumber } from './number-parser';
import { rational, type Rational } from './rational';
import type { NumberForm } from './task-types';
import { readUnit, unitSuffix, type Unit } from './units';

export type { ReadNumber };
export type ParsedAnswer =
  | {
      isReadable: true;
      // The likeliest reading first; a second one only for "1.234" (grouping, or a decimal point).
      readings: ReadNumber[];
      unit: Unit | null;
      variable: string | null;
    }
  | { isReadable: false };

const UNREADABLE = { isReadable: false } as const;
const MAX_LENGTH = 60;
const VARIABLE = /^([a-z]) ?= ?(.+)$/i;
const UNIT = /^(.*[\d)]) ?(°C|[%€°]|\p{L}[\p{L}.]*)$/iu;
const PARENTHESES = /^\((.+)\)$/;
const SIGN = /^([+-]) ?/;

function withSign(reading: ReadNumber, isNegative: boolean): ReadNumber {
  if (!isNegative || reading.value.n === 0n) return reading;
  return { ...reading, value: rational(-reading.value.n, reading.value.d), text: `-${reading.text}` };
}

export function parseAnswer(input: string): ParsedAnswer {
  let text = normaliseAnswerText(input);
  if (text.length === 0 || text.length > MAX_LENGTH) return UNREADABLE;
  const variable = VARIABLE.exec(text);
  if (variable) text = variable[2]!;
  const unitMatch = UNIT.exec(text);
  const unit = unitMatch ? readUnit(unitMatch[2]!) : null;
  if (unitMatch && !unit) return UNREADABLE;
  if (unitMatch) text = unitMatch[1]!;
  text = PARENTHESES.exec(text)?.[1]?.trim() ?? text;
  const sign = SIGN.exec(text);
  if (sign) text = text.slice(sign[0].length);
  const readings = readUnsignedNumber(text).map((reading) => withSign(reading, sign?.[1] === '-'));
  if (readings.length === 0) return UNREADABLE;
  return { isReadable: true, readings, unit, variable: variable ? variable[1]!.toLowerCase() : null };
}

// How the answer was read, normalised: "x = 42", "-6/8", "5,44 m", "75 %".
export function readingText(reading: ReadNumber, unit: Unit | null, variable: string | null): string {
  return `${variable ? `${variable} = ` : ''}${reading.text}${unitSuffix(unit)}`;
}

// Whether a fraction (or the fraction part of a mixed number) as typed is in lowest terms ("6/8" is not).
export function isTypedReduced(reading: ReadNumber): boolean {
  const typed = reading.typedFraction;
  return typed === null || rational(typed.numerator, typed.denominator).d === typed.denominator;
}

export type ParsedNumber =
  | {
      isReadable: true;
      value: Rational;
      form: NumberForm;
      isPercent: boolean;
      unit: Unit | null;
      variable: string | null;
    }
  | { isReadable: false };

// The likeliest reading alone: for code that reads back a stored reading (the research export).
export function parseNumber(input: string): ParsedNumber {
  const parsed = parseAnswer(input);
  if (!parsed.isReadable) return UNREADABLE;
  const { value, form } = parsed.readings[0]!;
  return {
    isReadable: true,
    value,
    form,
    isPercent: parsed.unit === '%',
    unit: parsed.unit,
    variable: parsed.variable,
  };
}
