// The `answer` column: the checker's reading of an answer, written again in its normalised form, so
// that nothing a pupil typed reaches a file. The checker keeps an unreduced fraction as typed (for
// the pupil's feedback), and a phone number "030/12345678" is such a "fraction": here it is reduced
// like any other. A number with more digits than any task of the catalogue asks for (a phone
// number typed without a slash) is "out-of-range"; choice and order answers are their letters;
// anything else is "unreadable". A variable ("x = 4") and a unit ("5,44 m", "25 %") stay.
import { formatDecimal, formatFraction, formatMixed, parseNumber } from '../learning';

// The catalogue's largest numbers have 5 to 6 digits (99 999 rounded; thousandths divided by 1000)
// and its fractions denominators up to 144 (12 × 12): limits with a margin, beyond which an answer
// is more likely something typed in (a phone number) than an attempt at the task.
const MAX_DIGITS = { fraction: 4, mixed: 4, decimal: 7, integer: 7 } as const;
const LETTERS = /^[A-H](, [A-H])*$/;

const digits = (n: bigint) => (n < 0n ? -n : n).toString().length;

export function releasedAnswer(readAs: string | null, result: 'correct' | 'wrong' | 'unreadable'): string | null {
  if (result === 'unreadable') return 'unreadable';
  if (readAs === null) return null;
  if (LETTERS.test(readAs)) return readAs;
  const parsed = parseNumber(readAs);
  if (!parsed.isReadable) return 'unreadable';
  const { value, form, unit, variable } = parsed;
  if (digits(value.n) > MAX_DIGITS[form] || digits(value.d) > MAX_DIGITS[form]) return 'out-of-range';
  const text =
    form === 'decimal' ? formatDecimal(value)! : form === 'mixed' ? formatMixed(value) : formatFraction(value);
  return `${variable ? `${variable} = ` : ''}${text}${unit ? ` ${unit}` : ''}`;
}
