// Units (grades 5–6): lengths, masses and volumes with decimals and mixed units, to the larger unit,
// area units (not in units.ts: the unit stands in the prompt, the answer is a plain number), and
// ordering quantities given in different units.
import type { Template } from './task-types';
import { de, inUnit, num, pickDistinct, q, shuffle } from './templates-more-kit';
import type { Unit } from './units';

type Step = [Unit, Unit, number]; // larger unit, smaller unit, factor

const LENGTH: Step[] = [
  ['km', 'm', 1000],
  ['m', 'cm', 100],
  ['cm', 'mm', 10],
  ['m', 'mm', 1000],
  ['dm', 'cm', 10],
];
const MASS: Step[] = [
  ['t', 'kg', 1000],
  ['kg', 'g', 1000],
  ['g', 'mg', 1000],
];
const TO_LARGER: Step[] = [...LENGTH.slice(0, 3), ...MASS.slice(0, 2), ['l', 'ml', 1000]];
const AREA: [string, string, number][] = [
  ['m²', 'dm²', 100],
  ['dm²', 'cm²', 100],
  ['cm²', 'mm²', 100],
  ['m²', 'cm²', 10000],
  ['ha', 'a', 100],
  ['a', 'm²', 100],
  ['km²', 'ha', 100],
];

// A value in the larger unit with 1 to (digits of the factor) decimal places, never whole.
function decimalAmount(r: { int(a: number, b: number): number }, factor: number): number {
  for (;;) {
    const small = r.int(1, 9) * factor + r.int(1, factor - 1);
    const digits = Math.log10(factor);
    const last = r.int(1, digits);
    const rounded = Math.round(small / 10 ** (digits - last)) * 10 ** (digits - last);
    if (rounded % factor !== 0) return rounded;
  }
}

function convertDown([large, small, factor]: Step, r: Parameters<Template['generate']>[0]) {
  const amount = decimalAmount(r, factor);
  const isMixed = r.int(0, 2) === 0;
  const whole = Math.floor(amount / factor);
  const given =
    isMixed && whole > 0 ? `${whole} ${large} ${amount % factor} ${small}` : `${de(q(amount, factor))} ${large}`;
  return { prompt: `${given} = ? ${small}`, answer: inUnit(amount, small) };
}

export const UNIT_TEMPLATES: Template[] = [
  ...(
    [
      [
        'mo-un-length',
        'Längen umrechnen (Komma und gemischt)',
        LENGTH,
        'Wie viele kleine Einheiten hat eine große? Denk an 1 km = 1000 m, 1 m = 100 cm, 1 cm = 10 mm.',
      ],
      [
        'mo-un-mass',
        'Gewichte umrechnen (Komma und gemischt)',
        MASS,
        'Bei t, kg, g und mg ist die Umrechnungszahl immer 1000.',
      ],
      ['mo-un-volume', 'Liter und Milliliter umrechnen', [['l', 'ml', 1000]], '1 l sind 1000 ml.'],
    ] as [string, string, Step[], string][]
  ).map(([id, title, steps, hint]): Template => ({
    id,
    title,
    version: 1,
    topic: 'units',
    difficulty: 2,
    grade: 5,
    generate: (r) => ({ ...convertDown(r.pick(steps), r), hint }),
  })),
  {
    id: 'mo-un-to-larger',
    title: 'In die größere Einheit umrechnen',
    version: 1,
    topic: 'units',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const [large, small, factor] = r.pick(TO_LARGER);
      const amount = decimalAmount(r, factor);
      return {
        prompt: `${de(amount)} ${small} = ? ${large} (als Dezimalzahl)`,
        answer: inUnit(q(amount, factor), large, { forms: ['decimal'] }),
        hint: 'Teile durch die Umrechnungszahl: das Komma rückt nach links.',
      };
    },
  },
  {
    id: 'mo-un-area',
    title: 'Flächeneinheiten umrechnen',
    version: 1,
    topic: 'units',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const [large, small, factor] = r.pick(AREA);
      const amount = decimalAmount(r, factor);
      const isDown = r.int(0, 1) === 1;
      return {
        prompt: isDown
          ? `Wie viele ${small} sind ${de(q(amount, factor))} ${large}? Gib nur die Zahl an.`
          : `Wie viele ${large} sind ${de(amount)} ${small}? Gib nur die Zahl an.`,
        answer: num(isDown ? q(amount) : q(amount, factor)),
        hint: 'Bei Flächeneinheiten ist die Umrechnungszahl 100 (von m² zu cm² sogar 10 000).',
      };
    },
  },
  {
    id: 'mo-un-order',
    title: 'Größen in verschiedenen Einheiten ordnen',
    version: 1,
    topic: 'units',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const isLength = r.int(0, 1) === 1;
      const [large, small] = isLength ? ['km', 'm'] : ['kg', 'g'];
      const base = r.int(2, 9) * 500;
      const values = pickDistinct(r, [-450, -300, -250, -150, -100, -50, 50, 100, 200, 250, 350, 500], 3)
        .map((delta) => base + delta)
        .concat(base);
      const written = values.map((v, i) => {
        const form = (i + r.int(0, 2)) % 3;
        if (form === 0 && v % 1000 !== 0 && v > 1000) return `${Math.floor(v / 1000)} ${large} ${v % 1000} ${small}`;
        if (form === 1) return `${de(q(v, 1000))} ${large}`;
        return `${de(v)} ${small}`;
      });
      const isSmallestFirst = r.int(0, 1) === 1;
      const order = values.map((_, i) => i).sort((a, b) => (values[a]! - values[b]!) * (isSmallestFirst ? 1 : -1));
      const words = isLength
        ? ['Längen', isSmallestFirst ? 'die kürzeste' : 'die längste']
        : ['Gewichte', isSmallestFirst ? 'das leichteste' : 'das schwerste'];
      const items = shuffle(r, written);
      const correct = order.map((i) => items.indexOf(written[i]!));
      return {
        prompt:
          `Ordne die ${words[0]} ${items.slice(0, 3).join('; ')} und ${items[3]} der Größe nach, ` +
          `${words[1]} zuerst.`,
        answer: { kind: 'order', items, correctOrder: correct },
        hint: `Rechne zuerst alle ${words[0]} in ${small} um.`,
      };
    },
  },
];
