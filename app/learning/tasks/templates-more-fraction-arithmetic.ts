// Subtracting, multiplying and dividing fractions (grades 5–6): results reduced where the task
// says so, mixed numbers where it asks for them.
import { add, compare, div, mul, sub, type Rational } from './rational';
import type { NumberForm, Random, Template } from './task-types';
import { fr, gcd, mixed, num, q } from './templates-more-kit';

const reduced: NumberForm[] = ['fraction', 'mixed', 'integer'];

// A reduced proper fraction with a denominator from min to max.
function proper(random: Random, min = 2, max = 10): Rational {
  for (;;) {
    const d = random.int(min, max);
    const n = random.int(1, d - 1);
    if (gcd(n, d) === 1) return q(n, d);
  }
}

export const FRACTION_ARITHMETIC_TEMPLATES: Template[] = [
  {
    id: 'mo-fa-sub-same-denominator',
    title: 'Subtrahieren, gleicher Nenner',
    version: 1,
    topic: 'fractions-subtract',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const d = r.int(3, 12);
      const a = r.int(3, d - 1);
      let b = r.int(1, a - 1);
      while (a === 2 * b) b = r.int(1, a - 1); // the difference would be b again
      return {
        prompt: `${a}/${d} − ${b}/${d} = ?`,
        answer: num(q(a - b, d), { shownAs: 'fraction' }),
        hint: 'Bei gleichem Nenner ziehst du nur die Zähler voneinander ab; der Nenner bleibt.',
      };
    },
  },
  {
    id: 'mo-fa-sub-different',
    title: 'Subtrahieren, verschiedene Nenner, gekürzt',
    version: 1,
    topic: 'fractions-subtract',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      let [a, b] = [proper(r, 2, 10), proper(r, 2, 10)];
      // Different denominators, and the difference is not b again (1/2 − 1/4).
      while (a.d === b.d || compare(a, add(b, b)) === 0 || compare(b, add(a, a)) === 0) b = proper(r, 2, 10);
      if (compare(a, b) < 0) [a, b] = [b, a];
      return {
        prompt: `${fr(a)} − ${fr(b)} = ? Gib das Ergebnis vollständig gekürzt an.`,
        answer: num(sub(a, b), { forms: ['fraction'], mustBeReduced: true }),
        hint: 'Bringe beide Brüche auf den kleinsten gemeinsamen Nenner, subtrahiere und kürze dann.',
      };
    },
  },
  {
    id: 'mo-fa-sub-mixed',
    title: 'Gemischte Zahlen subtrahieren',
    version: 1,
    topic: 'fractions-subtract',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      for (;;) {
        const a = add(q(r.int(2, 6)), proper(r, 2, 6));
        const b = add(q(r.int(1, 4)), proper(r, 2, 6));
        const difference = sub(a, b);
        if (compare(difference, q(1)) <= 0 || difference.d === 1n || compare(difference, b) === 0) continue;
        return {
          prompt: `${mixed(a)} − ${mixed(b)} = ? Schreibe das Ergebnis als gemischte Zahl, vollständig gekürzt.`,
          answer: num(difference, { forms: ['mixed'], mustBeReduced: true }),
          hint: 'Ziehe die Ganzen und die Brüche getrennt ab; reicht der Bruch nicht, tausche ein Ganzes um.',
        };
      }
    },
  },
  {
    id: 'mo-fa-rest-picture',
    title: 'Was bleibt übrig? (Bild)',
    version: 1,
    topic: 'fractions-subtract',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const [whole, shape, ofWhole] = r.pick([
        ['einer Pizza', 'circle', 'der Pizza'],
        ['einer Torte', 'circle', 'der Torte'],
        ['einer Tafel Schokolade', 'bar', 'der Tafel'],
        ['einem Blech Kuchen', 'bar', 'des Blechs'],
      ] as const);
      const small = r.pick([2, 3, 4]);
      const parts = small * r.int(2, Math.floor(12 / small));
      const perSmall = parts / small;
      const eaten = r.int(1, small - 1);
      let left = r.int(eaten * perSmall + 1, parts - 1);
      // What is left is not the eaten fraction again (that number stands in the prompt).
      if (left === 2 * eaten * perSmall) left = left === parts - 1 ? left - 1 : left + 1;
      return {
        prompt:
          `Der gefärbte Teil zeigt, wie viel von ${whole} noch da ist. ` +
          `Lea isst noch ${eaten}/${small} ${ofWhole}. Welcher Bruchteil ${ofWhole} ist dann noch da?`,
        answer: num(q(left * small - eaten * parts, parts * small), { forms: ['fraction'] }),
        representation: {
          kind: 'fraction-parts',
          mode: 'read',
          shape,
          parts,
          shaded: Array.from({ length: left }, (_, i) => i),
        },
        hint: `Wie viele Teile im Bild sind ${eaten}/${small} des Ganzen? Nimm so viele gefärbte Teile weg.`,
      };
    },
  },
  {
    id: 'mo-fmd-times-whole',
    title: 'Bruch mal natürliche Zahl',
    version: 1,
    topic: 'fractions-multiply-divide',
    difficulty: 1,
    grade: 6,
    generate: (r) => {
      const a = proper(r, 2, 12);
      let k = r.int(2, 9);
      while (BigInt(k) === a.d) k = r.int(2, 9);
      const isWholeFirst = r.int(0, 1) === 1;
      return {
        prompt: `${isWholeFirst ? `${k} · ${fr(a)}` : `${fr(a)} · ${k}`} = ? Gib das Ergebnis gekürzt an.`,
        answer: num(mul(a, q(k)), { forms: reduced, mustBeReduced: true, shownAs: 'mixed' }),
        hint: 'Nimm nur den Zähler mal die Zahl; der Nenner bleibt. Dann kürze.',
      };
    },
  },
  {
    id: 'mo-fmd-multiply',
    title: 'Brüche multiplizieren',
    version: 1,
    topic: 'fractions-multiply-divide',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const [a, b] = [proper(r, 2, 10), proper(r, 2, 10)];
      return {
        prompt: `${fr(a)} · ${fr(b)} = ? Gib das Ergebnis vollständig gekürzt an.`,
        answer: num(mul(a, b), { forms: ['fraction'], mustBeReduced: true }),
        hint: 'Zähler mal Zähler, Nenner mal Nenner; kürze am besten schon vor dem Ausrechnen.',
      };
    },
  },
  {
    id: 'mo-fmd-divide-by-whole',
    title: 'Bruch durch natürliche Zahl',
    version: 1,
    topic: 'fractions-multiply-divide',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const a = proper(r, 2, 12);
      const k = r.int(2, 8);
      return {
        prompt: `${fr(a)} : ${k} = ? Gib das Ergebnis vollständig gekürzt an.`,
        answer: num(div(a, q(k)), { forms: ['fraction'], mustBeReduced: true }),
        hint: 'Teilen durch eine Zahl heißt: den Nenner mit der Zahl malnehmen (oder den Zähler teilen, wenn es geht).',
      };
    },
  },
  {
    id: 'mo-fmd-divide',
    title: 'Durch einen Bruch dividieren',
    version: 1,
    topic: 'fractions-multiply-divide',
    difficulty: 3,
    grade: 6,
    generate: (r) => {
      const a = proper(r, 2, 10);
      let b = proper(r, 2, 10);
      while (compare(a, b) === 0 || [a, b].some((x) => compare(div(a, b), x) === 0)) b = proper(r, 2, 10);
      return {
        prompt: `${fr(a)} : ${fr(b)} = ? Gib das Ergebnis vollständig gekürzt an (Bruch oder gemischte Zahl).`,
        answer: num(div(a, b), { forms: reduced, mustBeReduced: true, shownAs: 'mixed' }),
        hint: 'Durch einen Bruch teilst du, indem du mit seinem Kehrwert malnimmst.',
      };
    },
  },
  {
    id: 'mo-fmd-part-of-part',
    title: 'Bruchteil von einem Bruchteil (Bild)',
    version: 1,
    topic: 'fractions-multiply-divide',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const m = r.int(2, 4);
      const j = r.int(1, m - 1);
      const parts = r.int(m + 1, 12);
      const groups = r.int(1, Math.floor((parts - 1) / m));
      const shaded = groups * m;
      const [shape, whole] = r.pick([
        ['bar', 'des Streifens'],
        ['circle', 'des Kreises'],
      ] as const);
      return {
        prompt:
          `Im Bild sind ${shaded}/${parts} ${whole} gefärbt. Wie viel ist ${j}/${m} davon? ` +
          `Gib den Anteil am Ganzen an.`,
        answer: num(mul(q(j, m), q(shaded, parts)), { forms: ['fraction'] }),
        representation: {
          kind: 'fraction-parts',
          mode: 'read',
          shape,
          parts,
          shaded: Array.from({ length: shaded }, (_, i) => i),
        },
        hint: `Teile die gefärbten Teile in ${m} gleich große Gruppen und nimm ${j} davon.`,
      };
    },
  },
];
