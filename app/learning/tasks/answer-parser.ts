// Reads what a pupil typed as an exact number. Accepted: integers ("1234", "1.234", "1 234"),
// decimals with the German comma or a point ("0,75", "0.75", "1.234,5"), fractions ("3/4",
// "- 3 / 4"), mixed numbers ("1 1/2"), signs, and a trailing "%" (reported, the task decides).
// Anything else is unreadable: the pupil is told "I cannot read this answer", never "wrong".
import { add, div, rational, type Rational } from './rational';

export type NumberForm = 'integer' | 'decimal' | 'fraction' | 'mixed';
export type ParsedNumber =
  { isReadable: true; value: Rational; form: NumberForm; isPercent: boolean } | { isReadable: false };

const UNREADABLE = { isReadable: false } as const;
const GROUPED = /^\d{1,3}(?:[. ]\d{3})+$/; // thousands groups: "1.234.567", "1 234"

function parseUnsignedDecimal(text: string): { value: Rational; form: NumberForm } | null {
  const commas = (text.match(/,/g) ?? []).length;
  const points = (text.match(/\./g) ?? []).length;
  let integerPart = text;
  let fractionPart = '';
  if (commas > 0 && points > 0) {
    // The separator that comes last is the decimal one; the other groups thousands.
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const at = text.lastIndexOf(decimal);
    [integerPart, fractionPart] = [text.slice(0, at), text.slice(at + 1)];
    if (!/^\d{1,3}(?:[.,]\d{3})*$/.test(integerPart) || integerPart.includes(decimal)) return null;
  } else if (commas === 1) {
    [integerPart, fractionPart] = text.split(',') as [string, string];
  } else if (commas > 1) {
    if (!/^\d{1,3}(?:,\d{3})+$/.test(text)) return null;
  } else if (points === 1 && !(GROUPED.test(text) && !text.startsWith('0'))) {
    [integerPart, fractionPart] = text.split('.') as [string, string];
  } else if (points > 0 || text.includes(' ')) {
    if (!GROUPED.test(text)) return null;
  }
  const digits = integerPart.replace(/[., ]/g, '');
  if (!/^\d+$/.test(digits) || (fractionPart !== '' && !/^\d+$/.test(fractionPart))) return null;
  if (text.endsWith(',') || text.endsWith('.')) return null;
  const scale = 10n ** BigInt(fractionPart.length);
  const value = rational(BigInt(digits + fractionPart), scale);
  return { value, form: fractionPart ? 'decimal' : 'integer' };
}

export function parseNumber(input: string): ParsedNumber {
  let text = input
    .normalize('NFKC')
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length === 0 || text.length > 40) return UNREADABLE;
  const isPercent = /\s?%$/.test(text);
  if (isPercent) text = text.replace(/\s?%$/, '');
  let sign = 1n;
  const signMatch = /^([+-])\s*/.exec(text);
  if (signMatch) {
    sign = signMatch[1] === '-' ? -1n : 1n;
    text = text.slice(signMatch[0].length);
  }
  const withSign = (value: Rational, form: NumberForm): ParsedNumber => ({
    isReadable: true,
    value: rational(sign * value.n, value.d),
    form,
    isPercent,
  });

  const mixed = /^(\d+) (\d+) ?\/ ?(\d+)$/.exec(text);
  if (mixed) {
    const [, whole, numerator, denominator] = mixed;
    if (BigInt(denominator!) === 0n || BigInt(numerator!) >= BigInt(denominator!)) return UNREADABLE;
    return withSign(add(rational(BigInt(whole!)), rational(BigInt(numerator!), BigInt(denominator!))), 'mixed');
  }
  const fraction = /^(\d+) ?\/ ?(\d+)$/.exec(text);
  if (fraction) {
    if (BigInt(fraction[2]!) === 0n) return UNREADABLE;
    return withSign(div(rational(BigInt(fraction[1]!)), rational(BigInt(fraction[2]!))), 'fraction');
  }
  const decimal = /^[\d., ]+$/.test(text) ? parseUnsignedDecimal(text) : null;
  return decimal ? withSign(decimal.value, decimal.form) : UNREADABLE;
}

// Whether a fraction as typed was already in lowest terms ("6/8" is not).
export function isTypedFractionReduced(input: string): boolean {
  const match = /(\d+) ?\/ ?(\d+)\s*%?$/.exec(input.trim());
  if (!match) return true;
  const typed = rational(BigInt(match[1]!), BigInt(match[2]!));
  return typed.n === BigInt(match[1]!) && typed.d === BigInt(match[2]!);
}
