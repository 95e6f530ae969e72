// Task templates for fractions (reading, expanding and reducing, comparing, adding), grades 5–6;
// the decimal and percent templates of this group live in templates-more-dec-pct.ts. Version 1 of
// every template here is retired (templates-more-*-v1.ts): wrong grammar after "1", too few
// instances, no hint, and distractors whose numbers gave the right option away.
import { add, compare, formatFraction, formatMixed, rational, type Rational } from './rational';
import type { Random, Template } from './task-types';
import { DECIMAL_PERCENT_TEMPLATES } from './templates-more-dec-pct';
import { DECIMAL_PERCENT_TEMPLATES_V1 } from './templates-more-dec-pct-v1';
import { FRACTION_TEMPLATES_V1 } from './templates-more-fractions-v1';
import { choice, fixedChoice } from './templates-more-kit';
import { equalFractionOptions, properFraction, unequalPartner } from './templates-more-fraction-options';
import { FRACTION_WORDS } from './templates-more-fraction-words';

const fr = (r: Rational) => formatFraction(r);
const distinctFractions = (random: Random, count: number) => {
  const found: Rational[] = [];
  while (found.length < count) {
    const candidate = properFraction(random, 10);
    if (!found.some((f) => compare(f, candidate) === 0)) found.push(candidate);
  }
  return found;
};
const listed = (items: string[]) => `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;

const WHOLES: [string, string][] = [
  ['Ein Kuchen', 'des Kuchens'],
  ['Eine Pizza', 'der Pizza'],
  ['Eine Torte', 'der Torte'],
  ['Ein Blech Apfelkuchen', 'des Apfelkuchens'],
];

const FRACTION_TEMPLATES_V2: Template[] = [
  {
    id: 'fr-shaded-parts',
    title: 'Bruchteil eines Ganzen',
    version: 2,
    topic: 'fractions-reading',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const [whole, ofWhole] = r.pick(WHOLES);
      const d = r.int(2, 12);
      const k = r.int(1, d - 1);
      const isEatenAsked = r.int(0, 1) === 1;
      const eaten = k === 1 ? '1 Stück ist' : `${k} Stücke sind`;
      return {
        prompt:
          `${whole} ist in ${d} gleich große Stücke geschnitten. ${eaten} schon gegessen. ` +
          `Welcher Bruchteil ${ofWhole} ist ${isEatenAsked ? 'gegessen' : 'noch übrig'}?`,
        answer: { kind: 'number', value: rational(isEatenAsked ? k : d - k, d), forms: ['fraction'] },
        hint: 'Die Zahl aller Stücke ist der Nenner, die Zahl der gefragten Stücke der Zähler.',
      };
    },
  },
  {
    id: 'fr-words',
    title: 'Bruch aus Worten schreiben',
    version: 2,
    topic: 'fractions-reading',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const [word, a, b] = r.pick(r.pick([0, 0, 1, 2, 2].map((group) => FRACTION_WORDS[group]!)));
      return {
        prompt: `Schreibe „${word}“ als Bruch.`,
        answer: { kind: 'number', value: rational(a, b), forms: ['fraction'], denominator: b },
        hint: 'Das erste Wort sagt den Zähler, das zweite den Nenner: „drei Achtel“ sind 3 von 8 Teilen.',
      };
    },
  },
  {
    id: 'fr-part-of-amount',
    title: 'Bruchteil einer Menge',
    version: 2,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const d = r.int(2, 10);
      const k = r.int(1, d - 1);
      const amount = d * r.int(2, 12);
      return {
        prompt: `Wie viel ist ${k}/${d} von ${amount}?`,
        answer: { kind: 'number', value: rational((amount / d) * k) },
        hint: 'Teile zuerst durch den Nenner, dann nimm das Ergebnis mal den Zähler.',
      };
    },
  },
  {
    id: 'fer-reduce',
    title: 'Brüche kürzen',
    version: 2,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const base = properFraction(r);
      const k = r.int(2, 6);
      return {
        prompt: `Kürze ${base.n * BigInt(k)}/${base.d * BigInt(k)} so weit wie möglich.`,
        answer: { kind: 'number', value: base, forms: ['fraction'], mustBeReduced: true },
        hint: 'Teile Zähler und Nenner durch ihren größten gemeinsamen Teiler.',
      };
    },
  },
  {
    id: 'fer-expand',
    title: 'Brüche erweitern',
    version: 2,
    topic: 'fractions-expand-reduce',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const base = properFraction(r, 10);
      const k = r.int(2, 9);
      return {
        prompt: `Erweitere ${fr(base)} mit ${k}.`,
        answer: { kind: 'number', value: base, forms: ['fraction'], denominator: Number(base.d) * k },
        hint: 'Beim Erweitern nimmst du Zähler und Nenner mit derselben Zahl mal.',
      };
    },
  },
  {
    id: 'fer-missing-numerator',
    title: 'Fehlenden Zähler finden',
    version: 2,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const base = properFraction(r, 10);
      const k = BigInt(r.int(2, 10));
      return {
        prompt: `${fr(base)} = ?/${base.d * k}. Welche Zahl fehlt?`,
        answer: { kind: 'number', value: rational(base.n * k) },
        hint: 'Mit welcher Zahl wurde der Nenner erweitert? Mit derselben Zahl auch den Zähler.',
      };
    },
  },
  {
    id: 'fer-equal-choice',
    title: 'Gleiche Brüche erkennen (Auswahl)',
    version: 2,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const { shown, correct, distractors } = equalFractionOptions(r);
      return {
        prompt: `Welcher Bruch ist gleich ${shown}?`,
        answer: choice(r, correct, distractors),
        hint: 'Ein gleicher Bruch entsteht nur, wenn Zähler und Nenner mit derselben Zahl erweitert werden.',
      };
    },
  },
  {
    id: 'fc-symbol',
    title: 'Zeichen setzen: <, = oder >',
    version: 2,
    topic: 'fractions-compare',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const relation = r.int(0, 2) - 1; // -1 "<", 0 "=", 1 ">"
      const base = properFraction(r, 9);
      const m = r.int(2, 4);
      const [p, s] = relation === 0 ? [Number(base.n) * m, Number(base.d) * m] : unequalPartner(r, base);
      const partner = `${p}/${s}`;
      const isBaseLarger = compare(base, rational(p, s)) > 0;
      const [left, right] =
        relation === 0
          ? r.pick([
              [fr(base), partner],
              [partner, fr(base)],
            ])
          : relation > 0 === isBaseLarger
            ? [fr(base), partner]
            : [partner, fr(base)];
      return {
        prompt: `Setze das richtige Zeichen ein: ${left} ? ${right}`,
        answer: fixedChoice(['<', '=', '>'], relation + 1),
        hint: 'Bringe beide Brüche auf einen gemeinsamen Nenner und vergleiche dann die Zähler.',
      };
    },
  },
  {
    id: 'fc-same-denominator',
    title: 'Größeren Bruch wählen, gleicher Nenner',
    version: 2,
    topic: 'fractions-compare',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const d = r.int(5, 12);
      const a = r.int(1, d - 2);
      const b = r.int(a + 1, d - 1);
      const isLargerAsked = r.int(0, 1) === 1;
      const answer = choice(r, `${isLargerAsked ? b : a}/${d}`, [`${isLargerAsked ? a : b}/${d}`]);
      return {
        prompt: `Welcher Bruch ist ${isLargerAsked ? 'größer' : 'kleiner'}: ${answer.options.join(' oder ')}?`,
        answer,
        hint: 'Bei gleichem Nenner sind die Teile gleich groß: vergleiche, wie viele Teile es sind.',
      };
    },
  },
  {
    id: 'fc-order',
    title: 'Brüche ordnen',
    version: 2,
    topic: 'fractions-compare',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const values = distinctFractions(r, 4);
      const isSmallestFirst = r.int(0, 1) === 1;
      const order = values
        .map((_, i) => i)
        .sort((x, y) => compare(values[x]!, values[y]!) * (isSmallestFirst ? 1 : -1));
      return {
        prompt:
          `Ordne die Brüche ${listed(values.map(fr))} der Größe nach, ` +
          `den ${isSmallestFirst ? 'kleinsten' : 'größten'} zuerst.`,
        answer: { kind: 'order', items: values.map(fr), correctOrder: order },
        hint: 'Bringe die Brüche auf einen gemeinsamen Nenner oder vergleiche sie mit 1/2.',
      };
    },
  },
  {
    id: 'fa-same-denominator',
    title: 'Addieren, gleicher Nenner',
    version: 2,
    topic: 'fractions-add',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const d = r.int(3, 12);
      const [a, b] = [r.int(1, d - 1), r.int(1, d - 1)];
      return {
        prompt: `${a}/${d} + ${b}/${d} = ?`,
        answer: { kind: 'number', value: rational(a + b, d), shownAs: 'fraction' },
        hint: 'Bei gleichem Nenner addierst du nur die Zähler; der Nenner bleibt.',
      };
    },
  },
  {
    id: 'fa-different-denominators',
    title: 'Addieren, verschiedene Nenner',
    version: 2,
    topic: 'fractions-add',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const a = properFraction(r, 8);
      let b = properFraction(r, 8);
      while (b.d === a.d) b = properFraction(r, 8);
      return {
        prompt: `${fr(a)} + ${fr(b)} = ?`,
        answer: { kind: 'number', value: add(a, b), shownAs: 'fraction' },
        hint: 'Bringe beide Brüche zuerst auf einen gemeinsamen Nenner.',
      };
    },
  },
  {
    id: 'fa-mixed-numbers',
    title: 'Gemischte Zahlen addieren',
    version: 2,
    topic: 'fractions-add',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const a = add(rational(r.int(1, 4)), properFraction(r, 6));
      const b = add(rational(r.int(1, 4)), properFraction(r, 6));
      return {
        prompt: `${formatMixed(a)} + ${formatMixed(b)} = ? (gemischte Zahl oder Bruch)`,
        answer: { kind: 'number', value: add(a, b), shownAs: 'mixed' },
        hint: 'Addiere die Ganzen und die Brüche getrennt; ein Bruch über 1 gibt ein weiteres Ganzes.',
      };
    },
  },
];

export const FRACTION_TEMPLATES: Template[] = [...FRACTION_TEMPLATES_V2, ...DECIMAL_PERCENT_TEMPLATES];
// Earlier versions of templates whose output changed: still graded, never served.
export const FRACTION_RETIRED: Template[] = [...FRACTION_TEMPLATES_V1, ...DECIMAL_PERCENT_TEMPLATES_V1];
