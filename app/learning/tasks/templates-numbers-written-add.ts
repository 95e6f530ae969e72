// Written addition and subtraction (schriftliches Addieren und Subtrahieren): numbers to 1 000 laid
// out in the place-value table (grade 3), larger numbers and zeros (grade 4), and a missing digit
// in a written computation, always in a column with a carry (Übertrag).
import type { Random, Template } from './task-types';
import { de, drawUntil, int, writtenTable } from './templates-numbers-kit';

const digitAt = (value: number, place: number) => Math.floor(value / 10 ** place) % 10;

// What each column carries into the next one (1 or 0), from the Einer to the left.
function carriesOf(a: number, b: number, sign: '+' | '−'): number[] {
  const carries: number[] = [];
  let carry = 0;
  for (let place = 0; place < String(Math.max(a, b)).length; place++) {
    const column =
      sign === '+' ? digitAt(a, place) + digitAt(b, place) + carry : digitAt(a, place) - digitAt(b, place) - carry;
    carry = sign === '+' ? (column >= 10 ? 1 : 0) : column < 0 ? 1 : 0;
    carries.push(carry);
  }
  return carries;
}
const carryCount = (a: number, b: number, sign: '+' | '−') => carriesOf(a, b, sign).filter(Boolean).length;
const hasCarryAt = (carries: number[], place: number) => carries[place] === 1 || carries[place - 1] === 1;

// Two numbers with `carries` carries or more; for '−' the first is the larger.
function pairWithCarries(r: Random, sign: '+' | '−', min: number, max: number, carries: number) {
  return drawUntil(
    () => {
      const [x, y] = [r.int(min, max), r.int(min, max)];
      return sign === '+' ? ([x, y] as const) : ([Math.max(x, y), Math.min(x, y)] as const);
    },
    ([a, b]) => carryCount(a, b, sign) >= carries && (sign === '−' || a + b < max + 1) && a !== b,
  );
}

// The written computation with one digit hidden: a row (operand or result) and a place in it that
// has a carry going in or out, so that the digit cannot be read off without the carry.
function missingDigitTask(r: Random, sign: '+' | '−') {
  const [a, b] = pairWithCarries(r, sign, 1000, 9999, 2);
  const result = sign === '+' ? a + b : a - b;
  const carries = carriesOf(a, b, sign);
  const rows = [a, b, result];
  const [row, place] = drawUntil(
    () => [r.int(0, 2), r.int(0, 3)] as const,
    ([row, place]) => place < String(rows[row]!).length && hasCarryAt(carries, place),
  );
  return {
    prompt: 'Welche Ziffer gehört in das leere Kästchen?',
    answer: int(digitAt(rows[row]!, place)),
    representation: writtenTable(sign, [a, b], result, { row, place }),
    hint: 'Rechne die Spalte mit dem Kästchen nach und denk an den Übertrag.',
  };
}

export const WRITTEN_ADD_TEMPLATES: Template[] = [
  {
    id: 'nu-wa-add-table',
    title: 'Schriftlich addieren bis 1 000',
    version: 1,
    topic: 'written-add-subtract',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [a, b] = pairWithCarries(r, '+', 100, 999, 1);
      return {
        prompt: 'Rechne schriftlich. Wie heißt das Ergebnis?',
        answer: int(a + b),
        representation: writtenTable('+', [a, b]),
        hint: 'Beginne bei den Einern und denk an den Übertrag.',
      };
    },
  },
  {
    id: 'nu-wa-sub-table',
    title: 'Schriftlich subtrahieren bis 1 000',
    version: 1,
    topic: 'written-add-subtract',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const [a, b] = pairWithCarries(r, '−', 100, 999, 1);
      return {
        prompt: 'Rechne schriftlich. Wie heißt das Ergebnis?',
        answer: int(a - b),
        representation: writtenTable('−', [a, b]),
        hint: 'Beginne bei den Einern und denk an den Übertrag.',
      };
    },
  },
  {
    id: 'nu-wa-add-three',
    title: 'Drei große Zahlen schriftlich addieren',
    version: 1,
    topic: 'written-add-subtract',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const [a, b, c] = drawUntil(
        () => [r.int(10_000, 399_999), r.int(1000, 99_999), r.int(10_000, 399_999)] as const,
        ([x, y, z]) => carryCount(x, y, '+') + carryCount(x + y, z, '+') >= 3,
      );
      return {
        prompt: `Rechne schriftlich: ${de(a)} + ${de(b)} + ${de(c)} = ?`,
        answer: int(a + b + c),
        hint: 'Schreibe die Zahlen stellengerecht untereinander und denk an den Übertrag.',
      };
    },
  },
  {
    id: 'nu-wa-sub-zeros',
    title: 'Schriftlich subtrahieren mit Nullen',
    version: 1,
    topic: 'written-add-subtract',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const digits = r.int(4, 6);
      // The first digit, then zeros with one other digit among them: 7 003, 40 080, 300 500.
      const a = drawUntil(
        () => r.int(2, 9) * 10 ** (digits - 1) + r.int(1, 9) * 10 ** r.int(0, digits - 3),
        (n) => String(n).split('0').length - 1 >= 2,
      );
      const b = drawUntil(
        () => r.int(10 ** (digits - 2), a - 1),
        (n) => carryCount(a, n, '−') >= 2 && a - n > 10,
      );
      return {
        prompt: `Rechne schriftlich: ${de(a)} − ${de(b)} = ?`,
        answer: int(a - b),
        hint: 'Denk an den Übertrag, auch an den Stellen mit einer 0.',
      };
    },
  },
  {
    id: 'nu-wa-add-digit',
    title: 'Fehlende Ziffer bei der schriftlichen Addition',
    version: 1,
    topic: 'written-add-subtract',
    difficulty: 3,
    grade: 4,
    generate: (r) => missingDigitTask(r, '+'),
  },
  {
    id: 'nu-wa-sub-digit',
    title: 'Fehlende Ziffer bei der schriftlichen Subtraktion',
    version: 1,
    topic: 'written-add-subtract',
    difficulty: 3,
    grade: 4,
    generate: (r) => missingDigitTask(r, '−'),
  },
];
