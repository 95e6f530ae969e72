// Task templates for whole numbers, equations and units (grades 3–6), version 2: each with a hint;
// where version 1 had trivial instances (a − a, "8 kg 0 g", 0 Hunderter), too few distinct ones,
// ungrouped or wrongly graded numbers, it is made anew. Version 1 stays gradable (WHOLE_NUMBER_RETIRED).
import { formatDecimal, rational } from './rational';
import type { Template } from './task-types';
import { de, drawUntil, inUnit, int, shuffle } from './templates-numbers-kit';
import { WHOLE_NUMBER_V1_ARITHMETIC } from './templates-numbers-whole-v1';
import { WHOLE_NUMBER_V1_EQUATIONS_UNITS } from './templates-numbers-whole-v1-units';

export const WHOLE_NUMBER_RETIRED: Template[] = [...WHOLE_NUMBER_V1_ARITHMETIC, ...WHOLE_NUMBER_V1_EQUATIONS_UNITS];

const v1 = (id: string) => WHOLE_NUMBER_RETIRED.find((template) => template.id === id)!;
// Version 2 of a template whose tasks were fine: the same tasks, now with a hint (and where the
// grade or difficulty was off, the right one).
const withHint = (id: string, hint: string, label: Partial<Pick<Template, 'grade' | 'difficulty'>> = {}): Template => {
  const old = v1(id);
  return { ...old, ...label, version: 2, generate: (r) => ({ ...old.generate(r), hint }) };
};
// Version 2 made anew: the id, title and topic stay.
const remade = (id: string, rest: Pick<Template, 'grade' | 'difficulty' | 'generate'>): Template => {
  const { title, topic } = v1(id);
  return { id, title, topic, version: 2, ...rest };
};
const PLACE_NAMES = ['Einer', 'Zehner', 'Hunderter', 'Tausender'];

export const WHOLE_NUMBER_TEMPLATES: Template[] = [
  // 4-digit numbers are grade 4; no digit 0 and no Einer place (the value is the digit itself).
  remade('pv-digit-value', {
    grade: 4,
    difficulty: 1,
    generate: (r) => {
      const position = r.int(1, 3);
      const number = drawUntil(
        () => r.int(1000, 9999),
        (n) => Math.floor(n / 10 ** position) % 10 !== 0,
      );
      const digit = Math.floor(number / 10 ** position) % 10;
      return {
        prompt: `Welchen Wert hat die Ziffer an der ${PLACE_NAMES[position]}stelle von ${de(number)}?`,
        answer: int(digit * 10 ** position),
        hint: 'Eine Ziffer zählt so viel wie ihre Stelle: an der Hunderterstelle zum Beispiel Hunderter.',
      };
    },
  }),
  // No "0 Hunderter"; the places named in any order, as in "Schreibe als Zahl: 5 Z, 3 T, 2 E".
  remade('pv-compose', {
    grade: 4,
    difficulty: 2,
    generate: (r) => {
      const digits = [r.int(1, 9), r.int(0, 9), r.int(0, 9), r.int(1, 9)];
      const parts = digits.map((digit, i) => [digit, `${digit} ${PLACE_NAMES[3 - i]}`] as const).filter(([d]) => d);
      const shown = r.int(0, 1) === 0 ? parts : shuffle(r, parts);
      const names = shown.map(([, text]) => text);
      return {
        prompt: `Schreibe als Zahl: ${names.slice(0, -1).join(', ')} und ${names.at(-1)}.`,
        answer: int(Number(digits.join(''))),
        hint: 'Ordne nach Tausendern, Hundertern, Zehnern und Einern; fehlt eine Stelle, schreibst du dort eine 0.',
      };
    },
  }),
  remade('pv-round-hundreds', {
    grade: 4,
    difficulty: 2,
    generate: (r) => {
      const number = drawUntil(
        () => r.int(1000, 99999),
        (n) => n % 100 !== 0,
      );
      return {
        prompt: `Runde ${de(number)} auf Hunderter.`,
        answer: int(Math.round(number / 100) * 100),
        hint: 'Schau auf die Zehnerstelle: Bei 0 bis 4 rundest du ab, bei 5 bis 9 auf.',
      };
    },
  }),
  // Numbers to 1 000 for grade 3, of the same digits (so that their length gives nothing away),
  // listed in the question.
  remade('pv-order', {
    grade: 3,
    difficulty: 2,
    generate: (r) => {
      const digits = drawUntil(
        () => [r.int(1, 9), r.int(0, 9), r.int(0, 9)],
        (d) => new Set(d).size === 3,
      );
      const orders = shuffle(r, [
        [0, 1, 2],
        [0, 2, 1],
        [1, 0, 2],
        [1, 2, 0],
        [2, 0, 1],
        [2, 1, 0],
      ]);
      const values = orders
        .map((order) => Number(order.map((i) => digits[i]).join('')))
        .filter((value) => value >= 100)
        .slice(0, 4);
      const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
      return {
        prompt: `Ordne die Zahlen ${values.join(', ')} der Größe nach, die kleinste zuerst.`,
        answer: { kind: 'order', items: values.map(String), correctOrder: order },
        hint: 'Vergleiche zuerst die Hunderter, bei gleichen Hundertern die Zehner.',
      };
    },
  }),
  remade('as-add-2digit', {
    grade: 3,
    difficulty: 1,
    generate: (r) => {
      const [a, b] = drawUntil(
        () => [r.int(11, 99), r.int(11, 99)],
        ([x, y]) => x! % 10 !== 0 && y! % 10 !== 0,
      );
      return { prompt: `${a} + ${b} = ?`, answer: int(a! + b!), hint: 'Rechne erst die Zehner dazu, dann die Einer.' };
    },
  }),
  // Never a − a (0), nor a difference under 11.
  remade('as-sub-3digit', {
    grade: 3,
    difficulty: 2,
    generate: (r) => {
      const a = r.int(211, 999);
      const b = r.int(100, a - 11);
      return {
        prompt: `${a} − ${b} = ?`,
        answer: int(a - b),
        hint: 'Ziehe in Schritten ab: erst die Hunderter, dann die Zehner, dann die Einer.',
      };
    },
  }),
  remade('as-add-4digit', {
    grade: 4,
    difficulty: 2,
    generate: (r) => {
      const [a, b] = [r.int(1000, 9999), r.int(1000, 9999)];
      return {
        prompt: `${de(a)} + ${de(b)} = ?`,
        answer: int(a + b),
        hint: 'Rechne Stelle für Stelle und denk an den Übertrag.',
      };
    },
  }),
  withHint('as-missing-addend', 'Denk an die Umkehraufgabe: Ziehe die erste Zahl vom Ergebnis ab.'),
  // 81 tasks of the small table were too few: the Zehnereinmaleins (6 · 30) comes in.
  remade('md-times-table', {
    grade: 3,
    difficulty: 1,
    generate: (r) => {
      const [a, b] = [r.int(2, 10), r.int(2, 10)];
      const isTens = r.int(0, 2) === 0 && a < 10 && b < 10;
      const [x, y] = isTens ? shuffle(r, [a, b * 10]) : [a, b];
      return {
        prompt: `${x} · ${y} = ?`,
        answer: int(x! * y!),
        hint: 'Nutze eine leichte Nachbaraufgabe, zum Beispiel mit 2, 5 oder 10.',
      };
    },
  }),
  remade('md-divide-exact', {
    grade: 3,
    difficulty: 1,
    generate: (r) => {
      const [b, q] = [r.int(2, 10), r.int(2, 10)];
      const tens = r.int(0, 2) === 0 && b < 10 && q < 10 ? 10 : 1;
      return {
        prompt: `${b * q * tens} : ${b} = ?`,
        answer: int(q * tens),
        hint: 'Denk an die passende Malaufgabe.',
      };
    },
  }),
  remade('md-multiply-2x1', {
    grade: 3,
    difficulty: 2,
    generate: (r) => {
      const a = drawUntil(
        () => r.int(12, 99),
        (n) => n % 10 !== 0,
      );
      const b = r.int(3, 9);
      return {
        prompt: `${a} · ${b} = ?`,
        answer: int(a * b),
        hint: 'Zerlege die zweistellige Zahl in Zehner und Einer und rechne beides mal.',
      };
    },
  }),
  withHint('md-remainder', 'Suche die größte Malaufgabe, die hineinpasst; der Rest ist, was übrig bleibt.', {
    grade: 3,
    difficulty: 2,
  }),
  withHint('md-multiply-2x2', 'Zerlege eine Zahl in Zehner und Einer und rechne in zwei Schritten.', { grade: 4 }),
  withHint('eq-add', 'Rechne rückwärts: Ziehe die bekannte Zahl vom Ergebnis ab.'),
  withHint('eq-subtract', 'Rechne rückwärts: Addiere die abgezogene Zahl zum Ergebnis.'),
  withHint('eq-multiply', 'Rechne rückwärts: Teile das Ergebnis durch die Zahl vor x.'),
  withHint('eq-two-step', 'Ziehe zuerst die addierte Zahl ab und teile dann durch die Zahl vor x.'),
  // 20 tasks were too few: metres and centimetres ("4 m 5 cm"), never "0 cm".
  remade('un-m-to-cm', {
    grade: 3,
    difficulty: 1,
    generate: (r) => {
      const [m, cm] = [r.int(1, 20), r.pick([r.int(1, 9), r.int(11, 99)])];
      const isWhole = r.int(0, 3) === 0;
      return {
        prompt: isWhole ? `${m} m = ? cm` : `${m} m ${cm} cm = ? cm`,
        answer: inUnit(isWhole ? m * 100 : m * 100 + cm, 'cm'),
        hint: '1 m sind 100 cm.',
      };
    },
  }),
  // Never "8 kg 0 g".
  remade('un-kg-to-g', {
    grade: 4,
    difficulty: 1,
    generate: (r) => {
      const [kg, g] = [r.int(1, 9), r.pick([r.int(1, 9) * 100, r.int(1, 19) * 50, r.int(1, 99) * 10])];
      return { prompt: `${kg} kg ${g} g = ? g`, answer: inUnit(kg * 1000 + g, 'g'), hint: '1 kg sind 1 000 g.' };
    },
  }),
  // Never a whole number of metres: "als Dezimalzahl" must mean a decimal.
  remade('un-cm-to-m', {
    grade: 5,
    difficulty: 2,
    generate: (r) => {
      const cm = drawUntil(
        () => r.int(101, 999),
        (n) => n % 100 !== 0,
      );
      return {
        prompt: `${cm} cm = ? m (als Dezimalzahl)`,
        answer: { kind: 'number', value: rational(cm, 100), forms: ['decimal'], unit: 'm' },
        hint: '100 cm sind 1 m: Die Zentimeter stehen mit zwei Stellen hinter dem Komma.',
      };
    },
  }),
  withHint('un-h-to-min', '1 h sind 60 min.'),
  // 85 tasks were too few: litres with two decimals ("2,45 l"), never whole litres.
  remade('un-l-to-ml', {
    grade: 4,
    difficulty: 1,
    generate: (r) => {
      const ml = drawUntil(
        () => r.int(105, 995) * 10,
        (n) => n % 1000 !== 0,
      );
      return {
        prompt: `${formatDecimal(rational(ml, 1000))} l = ? ml`,
        answer: inUnit(ml, 'ml'),
        hint: '1 l sind 1 000 ml.',
      };
    },
  }),
];
