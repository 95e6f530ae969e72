// Version 1 of the whole-number templates (place value, adding and subtracting, multiplying and
// dividing), kept verbatim: retired, never served, but attempts served with them are graded and shown
// by regenerating them exactly. Version 2 is in templates-whole-numbers.ts.
import { rational } from './rational';
import type { NumberAnswer, Template } from './task-types';

const n = (value: number): NumberAnswer => ({ kind: 'number', value: rational(value) });
const de = (value: number) => value.toLocaleString('de-DE');

const PLACE_NAMES = ['Einer', 'Zehner', 'Hunderter', 'Tausender'];

export const WHOLE_NUMBER_V1_ARITHMETIC: Template[] = [
  {
    id: 'pv-digit-value',
    title: 'Wert einer Ziffer',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const number = r.int(1000, 9999);
      const position = r.int(0, 3);
      const digit = Math.floor(number / 10 ** position) % 10;
      return {
        prompt: `Welchen Wert hat die Ziffer an der ${PLACE_NAMES[position]}stelle von ${de(number)}?`,
        answer: n(digit * 10 ** position),
      };
    },
  },
  {
    id: 'pv-compose',
    title: 'Zahl aus Stellen bilden',
    version: 1,
    topic: 'place-value',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [t, h, z, e] = [r.int(1, 9), r.int(0, 9), r.int(0, 9), r.int(0, 9)];
      return {
        prompt: `Schreibe als Zahl: ${t} Tausender, ${h} Hunderter, ${z} Zehner, ${e} Einer.`,
        answer: n(t * 1000 + h * 100 + z * 10 + e),
      };
    },
  },
  {
    id: 'pv-round-hundreds',
    title: 'Auf Hunderter runden',
    version: 1,
    topic: 'place-value',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const number = r.int(1000, 99999);
      return { prompt: `Runde ${de(number)} auf Hunderter.`, answer: n(Math.round(number / 100) * 100) };
    },
  },
  {
    id: 'pv-order',
    title: 'Zahlen ordnen',
    version: 1,
    topic: 'place-value',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const items = new Set<number>();
      while (items.size < 4) items.add(r.int(100, 9999));
      const values = [...items];
      const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
      return {
        prompt: 'Ordne die Zahlen der Größe nach, die kleinste zuerst.',
        answer: { kind: 'order', items: values.map(de), correctOrder: order },
      };
    },
  },
  {
    id: 'as-add-2digit',
    title: 'Zweistellige Zahlen addieren',
    version: 1,
    topic: 'add-subtract',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [a, b] = [r.int(10, 99), r.int(10, 99)];
      return { prompt: `${a} + ${b} = ?`, answer: n(a + b) };
    },
  },
  {
    id: 'as-sub-3digit',
    title: 'Dreistellige Zahlen subtrahieren',
    version: 1,
    topic: 'add-subtract',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const a = r.int(200, 999);
      const b = r.int(100, a);
      return { prompt: `${a} − ${b} = ?`, answer: n(a - b) };
    },
  },
  {
    id: 'as-add-4digit',
    title: 'Vierstellige Zahlen addieren',
    version: 1,
    topic: 'add-subtract',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const [a, b] = [r.int(1000, 9999), r.int(1000, 9999)];
      return { prompt: `${de(a)} + ${de(b)} = ?`, answer: n(a + b) };
    },
  },
  {
    id: 'as-missing-addend',
    title: 'Fehlende Zahl ergänzen',
    version: 1,
    topic: 'add-subtract',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const [a, missing] = [r.int(10, 500), r.int(10, 500)];
      return { prompt: `${a} + ? = ${a + missing}`, answer: n(missing) };
    },
  },
  {
    id: 'md-times-table',
    title: 'Einmaleins',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [a, b] = [r.int(2, 10), r.int(2, 10)];
      return { prompt: `${a} · ${b} = ?`, answer: n(a * b) };
    },
  },
  {
    id: 'md-divide-exact',
    title: 'Teilen ohne Rest',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [b, q] = [r.int(2, 10), r.int(2, 10)];
      return { prompt: `${b * q} : ${b} = ?`, answer: n(q) };
    },
  },
  {
    id: 'md-multiply-2x1',
    title: 'Zweistellig mal einstellig',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const [a, b] = [r.int(12, 99), r.int(3, 9)];
      return { prompt: `${a} · ${b} = ?`, answer: n(a * b) };
    },
  },
  {
    id: 'md-remainder',
    title: 'Teilen mit Rest',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const b = r.int(3, 9);
      const a = r.int(2, 11) * b + r.int(1, b - 1);
      return { prompt: `Welcher Rest bleibt bei ${a} : ${b}?`, answer: n(a % b) };
    },
  },
  {
    id: 'md-multiply-2x2',
    title: 'Zweistellig mal zweistellig',
    version: 1,
    topic: 'multiply-divide',
    difficulty: 3,
    grade: 5,
    generate: (r) => {
      const [a, b] = [r.int(11, 99), r.int(11, 99)];
      return { prompt: `${a} · ${b} = ?`, answer: n(a * b) };
    },
  },
];
