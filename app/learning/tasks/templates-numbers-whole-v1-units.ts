// Version 1 of the equation and unit templates of templates-whole-numbers.ts, kept verbatim:
// retired, never served, but attempts served with them are graded and shown by regenerating them.
import { rational, formatDecimal } from './rational';
import type { NumberAnswer, Template } from './task-types';
import type { Unit } from './units';

const n = (value: number): NumberAnswer => ({ kind: 'number', value: rational(value) });
// An equation's answer may be written "x = 42"; a unit task's answer may carry its unit ("300 cm").
const forX = (value: number): NumberAnswer => ({ ...n(value), variable: 'x' });
const inUnit = (value: number, unit: Unit): NumberAnswer => ({ ...n(value), unit });

export const WHOLE_NUMBER_V1_EQUATIONS_UNITS: Template[] = [
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
