// Reads an unsigned number from normalised text (see answer-text.ts), exactly, and keeps how it
// was written: the form, the fraction as typed (so "6/8" is known not to be reduced) and a clean
// text for "read as" (ASCII digits, no grouping, no leading zeros, decimal comma).
//   integers    "1234", thousands grouped in threes: "1 234 567", "1.234.567", "1,234,567"
//   decimals    "0,75", "0.75", "1.234,5", "1,234.5", "1 234,5"
//   fractions   "3/4", "3 / 4"; mixed numbers "1 1/2" (a proper fraction after the whole number)
// A space that does not group thousands ("1 3,63", "3 4") makes the number unreadable rather than
// being joined: the pupil is asked again instead of being judged on digits they may not have meant.
// "1.234" is ambiguous (German grouping or a decimal point): both readings are returned, grouping first.
import { rational, type Rational } from './rational';
import type { NumberForm } from './task-types';

export type TypedFraction = { numerator: bigint; denominator: bigint };
export type ReadNumber = { value: Rational; form: NumberForm; text: string; typedFraction: TypedFraction | null };

const MIXED = /^(\d+) (\d+) ?\/ ?(\d+)$/;
const FRACTION = /^(\d+) ?\/ ?(\d+)$/;
const AMBIGUOUS_POINT = /^[1-9]\d{0,2}\.\d{3}$/;
const groupedBy = (separator: string) => new RegExp(`^[1-9]\\d{0,2}(?:\\${separator}\\d{3})+$`);

function readFraction(text: string): ReadNumber | null {
  const mixed = MIXED.exec(text);
  const fraction = mixed ? null : FRACTION.exec(text);
  if (!mixed && !fraction) return null;
  const [whole, numerator, denominator] = mixed
    ? [BigInt(mixed[1]!), BigInt(mixed[2]!), BigInt(mixed[3]!)]
    : [0n, BigInt(fraction![1]!), BigInt(fraction![2]!)];
  if (denominator === 0n) return null;
  if (mixed && (numerator === 0n || numerator >= denominator)) return null;
  const typedFraction = { numerator, denominator };
  const value = rational(whole * denominator + numerator, denominator);
  const fractionText = `${numerator}/${denominator}`;
  return mixed
    ? { value, form: 'mixed', text: `${whole} ${fractionText}`, typedFraction }
    : { value, form: 'fraction', text: fractionText, typedFraction };
}

// The integer part may group thousands with one separator only; the decimal part is plain digits.
function decimalOf(integerPart: string, fractionPart: string): ReadNumber | null {
  const separator = /[ .,]/.exec(integerPart)?.[0];
  if (separator ? !groupedBy(separator).test(integerPart) : !/^\d+$/.test(integerPart)) return null;
  if (fractionPart !== '' && !/^\d+$/.test(fractionPart)) return null;
  const digits = integerPart.replace(/[ .,]/g, '');
  const value = rational(BigInt(digits + fractionPart), 10n ** BigInt(fractionPart.length));
  const whole = digits.replace(/^0+(?=\d)/, '');
  return fractionPart === ''
    ? { value, form: 'integer', text: whole, typedFraction: null }
    : { value, form: 'decimal', text: `${whole},${fractionPart}`, typedFraction: null };
}

const count = (text: string, character: string) => text.split(character).length - 1;

function splitAt(text: string, separator: string): [string, string] {
  const at = text.lastIndexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

function readDecimal(text: string): ReadNumber[] {
  if (!/^[\d., ]+$/.test(text) || /^[.,]|[., ]$/.test(text)) return [];
  const [commas, points, hasSpace] = [count(text, ','), count(text, '.'), text.includes(' ')];
  // A space groups thousands only in the German way, with a decimal comma ("1 234,5").
  if (hasSpace && points > 0) return [];
  let parts: [string, string];
  if (commas > 0 && points > 0) {
    // The separator that comes last is the decimal one; the other groups thousands.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    if (count(text, decimal) > 1) return [];
    parts = splitAt(text, decimal);
  } else if (commas === 1) parts = splitAt(text, ',');
  else if (points === 1 && !AMBIGUOUS_POINT.test(text)) parts = splitAt(text, '.');
  else parts = [text, ''];
  const primary = decimalOf(...parts);
  const alternative =
    points === 1 && commas === 0 && AMBIGUOUS_POINT.test(text) ? decimalOf(...splitAt(text, '.')) : null;
  return [primary, alternative].filter((reading): reading is ReadNumber => reading !== null);
}

// Every reading of the text, the likeliest first; none when it cannot be read.
export function readUnsignedNumber(text: string): ReadNumber[] {
  const fraction = readFraction(text);
  return fraction ? [fraction] : readDecimal(text);
}
