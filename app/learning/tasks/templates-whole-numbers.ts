// Task templates for whole numbers, equations and units (grades 3–6). A template's id and version
// never change meaning: a changed template gets a new version, so old attempts stay reproducible.
import { rational, formatDecimal } from './rational';
import type { NumberAnswer, Template } from './task-types';
import type { Unit } from './units';

const n = (value: number): NumberAnswer => ({ kind: 'number', value: rational(value) });
// An equation's answer may be written "x = 42"; a unit task's answer may carry its unit ("300 cm").
const forX = (value: number): NumberAnswer => ({ ...n(value), variable: 'x' });
const inUnit = (value: number, unit: Unit): NumberAnswer => ({ ...n(value), unit });
const de = (value: number) => value.toLocaleString('de-DE');

const PLACE_NAMES = ['Einer', 'Zehner', 'Hunderter', 'Tausender'];

export const WHOLE_NUMBER_TEMPLATES: Template[] = [
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
  {
    id: 'eq-add',
    title: 'Gleichung: x + a = b',
    version: 1,
    topic: 'equations',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const [x, a] = [r.int(1, 50), r.int(1, 50)];
      return { prompt: `x + ${a} = ${x + a}. Wie groß ist x?`, answer: forX(x) };
    },
  },
  {
    id: 'eq-subtract',
    title: 'Gleichung: x − a = b',
    version: 1,
    topic: 'equations',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const [x, a] = [r.int(20, 99), r.int(1, 19)];
      return { prompt: `x − ${a} = ${x - a}. Wie groß ist x?`, answer: forX(x) };
    },
  },
  {
    id: 'eq-multiply',
    title: 'Gleichung: a · x = b',
    version: 1,
    topic: 'equations',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [x, a] = [r.int(2, 12), r.int(2, 12)];
      return { prompt: `${a} · x = ${a * x}. Wie groß ist x?`, answer: forX(x) };
    },
  },
  {
    id: 'eq-two-step',
    title: 'Gleichung in zwei Schritten',
    version: 1,
    topic: 'equations',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const [x, a, b] = [r.int(1, 12), r.int(2, 9), r.int(1, 30)];
      return { prompt: `${a} · x + ${b} = ${a * x + b}. Wie groß ist x?`, answer: forX(x) };
    },
  },
  {
    id: 'un-m-to-cm',
    title: 'Meter in Zentimeter',
    version: 1,
    topic: 'units',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const m = r.int(1, 20);
      return { prompt: `${m} m = ? cm`, answer: inUnit(m * 100, 'cm') };
    },
  },
  {
    id: 'un-kg-to-g',
    title: 'Kilogramm in Gramm',
    version: 1,
    topic: 'units',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const kg = r.int(1, 9);
      const g = r.int(0, 9) * 100;
      return { prompt: `${kg} kg ${g} g = ? g`, answer: inUnit(kg * 1000 + g, 'g') };
    },
  },
  {
    id: 'un-cm-to-m',
    title: 'Zentimeter in Meter',
    version: 1,
    topic: 'units',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const cm = r.int(101, 999);
      return {
        prompt: `${cm} cm = ? m (als Dezimalzahl)`,
        answer: { kind: 'number', value: rational(cm, 100), forms: ['decimal', 'integer'], unit: 'm' },
      };
    },
  },
  {
    id: 'un-h-to-min',
    title: 'Stunden in Minuten',
    version: 1,
    topic: 'units',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const [h, min] = [r.int(1, 5), r.int(1, 59)];
      return { prompt: `${h} h ${min} min = ? min`, answer: inUnit(h * 60 + min, 'min') };
    },
  },
  {
    id: 'un-l-to-ml',
    title: 'Liter in Milliliter',
    version: 1,
    topic: 'units',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const tenths = r.int(11, 95);
      return { prompt: `${formatDecimal(rational(tenths, 10))} l = ? ml`, answer: inUnit(tenths * 100, 'ml') };
    },
  },
];
