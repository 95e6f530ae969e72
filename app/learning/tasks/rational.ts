// Exact rational numbers (bigint numerator and denominator, always reduced, denominator > 0).
// Answers are compared with these, never with floating point: 0.1 + 0.2 is 3/10 here.
export type Rational = { readonly n: bigint; readonly d: bigint };

function gcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export function rational(n: bigint | number, d: bigint | number = 1n): Rational {
  let num = BigInt(n);
  let den = BigInt(d);
  if (den === 0n) throw new RangeError('denominator 0');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den) || 1n;
  return { n: num / g, d: den / g };
}

export const add = (a: Rational, b: Rational) => rational(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Rational, b: Rational) => rational(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Rational, b: Rational) => rational(a.n * b.n, a.d * b.d);
export const div = (a: Rational, b: Rational) => rational(a.n * b.d, a.d * b.n);
export const equals = (a: Rational, b: Rational) => a.n === b.n && a.d === b.d;
export const compare = (a: Rational, b: Rational) => Math.sign(Number(a.n * b.d - b.n * a.d));

// Decimal places needed to write it exactly, or null when it has none (1/3).
export function finiteDecimalPlaces(r: Rational): number | null {
  let d = r.d;
  let twos = 0;
  let fives = 0;
  while (d % 2n === 0n) [d, twos] = [d / 2n, twos + 1];
  while (d % 5n === 0n) [d, fives] = [d / 5n, fives + 1];
  return d === 1n ? Math.max(twos, fives) : null;
}

// "3/4", "-2", "1 1/2" (mixed), or with the German decimal comma "0,75".
export function formatFraction(r: Rational): string {
  return r.d === 1n ? `${r.n}` : `${r.n}/${r.d}`;
}

export function formatMixed(r: Rational): string {
  const negative = r.n < 0n;
  const n = negative ? -r.n : r.n;
  const whole = n / r.d;
  const rest = n % r.d;
  const body = whole === 0n ? `${rest}/${r.d}` : rest === 0n ? `${whole}` : `${whole} ${rest}/${r.d}`;
  return negative ? `-${body}` : body;
}

export function formatDecimal(r: Rational): string | null {
  const places = finiteDecimalPlaces(r);
  return places === null ? null : formatWithPlaces(r, places);
}

// With exactly this many decimal places, or null when that is not exact: money is "12,50".
export function formatWithPlaces(r: Rational, places: number): string | null {
  const scale = 10n ** BigInt(places);
  if ((r.n * scale) % r.d !== 0n) return null;
  const scaled = (r.n * scale) / r.d;
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const text = places === 0 ? digits : `${digits.slice(0, -places)},${digits.slice(-places)}`;
  return negative ? `-${text}` : text;
}
