// Building blocks of the fraction templates in templates-fractions.ts: a random proper fraction,
// the options of "Welcher Bruch ist gleich …?" and an unequal fraction to compare with.
import { formatFraction, rational, type Rational } from './rational';
import type { Random } from './task-types';
import { gcd, pickDistinct } from './templates-more-kit';

const fr = (r: Rational) => formatFraction(r);

export const properFraction = (random: Random, maxDenominator = 12) => {
  const d = random.int(2, maxDenominator);
  return rational(random.int(1, d - 1), d);
};

const REDUCED_UP_TO_12 = Array.from({ length: 11 }, (_, i) => i + 2).flatMap((d) =>
  Array.from({ length: d - 1 }, (_, i): [number, number] => [i + 1, d]).filter(([n]) => gcd(n, d) === 1),
);

// Options for "Welcher Bruch ist gleich …?": the fraction n/d is shown expanded with m (m = 1: as
// it is), the right option expanded with k ≠ m, and every wrong one is n·a/d·b with a ≠ b,
// unreduced and proper, so that neither multiples of the prompt's numbers, nor reducedness, nor
// size tells the right one; how many wrong options are larger than the right one is random.
export function equalFractionOptions(random: Random): { shown: string; correct: string; distractors: string[] } {
  for (;;) {
    const [n, d] = random.pick(REDUCED_UP_TO_12);
    const [m, k] = [random.int(1, 4), random.int(2, 5)];
    if (k === m) continue;
    const pairs: [number, number][] = [];
    for (let a = 2; a <= 7; a++)
      for (let b = 2; b <= 7; b++) if (a !== b && n * a < d * b && gcd(n * a, d * b) > 1) pairs.push([a, b]);
    const aboveCount = random.int(0, 3);
    const above = pairs.filter(([a, b]) => a > b);
    const below = pairs.filter(([a, b]) => a < b);
    if (above.length < aboveCount || below.length < 3 - aboveCount) continue;
    const picked = [...pickDistinct(random, above, aboveCount), ...pickDistinct(random, below, 3 - aboveCount)];
    const ratios = new Set(picked.map(([a, b]) => fr(rational(a, b))));
    if (ratios.size < 3) continue;
    return {
      shown: `${n * m}/${d * m}`,
      correct: `${n * k}/${d * k}`,
      distractors: picked.map(([a, b]) => `${n * a}/${d * b}`),
    };
  }
}

// A fraction to compare with n/d that is not equal: same denominator, same numerator, a nearby
// fraction with a multiple denominator (looks "equal") or any other proper fraction.
export function unequalPartner(random: Random, base: Rational): [number, number] {
  const [n, d] = [Number(base.n), Number(base.d)];
  for (;;) {
    const j = random.pick([-2, -1, 1, 2]);
    const m = random.int(2, 4);
    const other = properFraction(random, 10);
    const [p, s] = random.pick<[number, number]>([
      [n + j, d],
      [n, d + j],
      [n * m + Math.sign(j), d * m],
      [Number(other.n), Number(other.d)],
    ]);
    if (p >= 1 && p < s && p * d !== n * s && s <= 40) return [p, s];
  }
}
