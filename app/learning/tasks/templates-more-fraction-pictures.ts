// Fractions with pictures (grade 5): read the shaded part of a bar or circle, shade a fraction,
// read and mark fractions on a number line, reduce a shaded part; and expanding to a denominator.
import type { Template } from './task-types';
import { gcd, num, pickDistinct, q } from './templates-more-kit';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const sorted = (items: number[]) => [...items].sort((a, b) => a - b);

export const FRACTION_PICTURE_TEMPLATES: Template[] = [
  {
    id: 'mo-fr-read-bar',
    title: 'Gefärbten Bruchteil ablesen (Streifen)',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const parts = r.int(2, 12);
      const k = r.int(1, parts - 1);
      return {
        prompt: 'Welcher Bruchteil des Streifens ist gefärbt?',
        answer: num(q(k, parts), { forms: ['fraction'] }),
        representation: {
          kind: 'fraction-parts',
          mode: 'read',
          shape: 'bar',
          parts,
          shaded: sorted(pickDistinct(r, range(parts), k)),
        },
        hint: 'Alle Teile zusammen sind der Nenner, die gefärbten Teile der Zähler.',
      };
    },
  },
  {
    id: 'mo-fr-read-circle',
    title: 'Bruchteil am Kreis ablesen',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const parts = r.int(2, 12);
      const k = r.int(1, parts - 1);
      const start = r.int(0, parts - 1);
      const isShadedAsked = r.int(0, 1) === 1;
      return {
        prompt: `Welcher Bruchteil des Kreises ist ${isShadedAsked ? 'gefärbt' : 'weiß'}?`,
        answer: num(q(isShadedAsked ? k : parts - k, parts), { forms: ['fraction'] }),
        representation: {
          kind: 'fraction-parts',
          mode: 'read',
          shape: 'circle',
          parts,
          shaded: sorted(range(k).map((i) => (start + i) % parts)),
        },
        hint: 'Zähle zuerst, in wie viele gleich große Teile der Kreis geteilt ist.',
      };
    },
  },
  ...(['bar', 'circle'] as const).map((shape): Template => ({
    id: shape === 'bar' ? 'mo-fr-shade-bar' : 'mo-fr-shade-circle',
    title: shape === 'bar' ? 'Bruchteil färben (Streifen)' : 'Bruchteil färben (Kreis)',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const d = r.int(2, 12);
      const k = r.int(1, d - 1);
      const m = r.int(1, Math.min(4, Math.floor(24 / d)));
      return {
        prompt: `Färbe ${k}/${d} ${shape === 'bar' ? 'des Streifens' : 'des Kreises'}.`,
        answer: num(q(k, d), { shownAs: 'fraction' }),
        representation: { kind: 'fraction-parts', mode: 'shade', shape, parts: d * m },
        hint:
          m === 1
            ? 'Der Nenner sagt, in wie viele Teile das Ganze geteilt ist; färbe so viele Teile, wie der Zähler sagt.'
            : 'Hier ist das Ganze feiner geteilt: erweitere den Bruch so, dass sein Nenner die Zahl der Teile ist.',
      };
    },
  })),
  {
    id: 'mo-fr-line-read',
    title: 'Bruch am Zahlenstrahl ablesen',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const d = r.int(2, 12);
      const end = r.int(1, 2);
      const steps = range(d * end).filter((t) => t % d !== 0);
      const t = r.pick(steps);
      return {
        prompt: 'Welcher Bruch gehört zum Punkt A? Schreibe ihn als Bruch oder gemischte Zahl.',
        answer: num(q(t, d), { forms: ['fraction', 'mixed'] }),
        representation: {
          kind: 'number-line',
          mode: 'read',
          start: 0,
          end,
          intervals: d * end,
          labelEvery: d,
          labels: 'fraction',
          pointTick: t,
          pointLabel: 'A',
        },
        hint: 'Zähle, in wie viele Teile die Strecke von 0 bis 1 geteilt ist: das ist der Nenner.',
      };
    },
  },
  {
    id: 'mo-fr-line-mark',
    title: 'Bruch am Zahlenstrahl markieren',
    version: 1,
    topic: 'fractions-reading',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const d = r.int(2, 10);
      const end = r.int(1, 2);
      const m = r.int(1, 2);
      const k = r.pick(range(d * end).filter((t) => t % d !== 0));
      return {
        prompt: `Markiere ${k}/${d} auf dem Zahlenstrahl.`,
        answer: num(q(k, d), { shownAs: 'fraction' }),
        representation: {
          kind: 'number-line',
          mode: 'mark',
          start: 0,
          end,
          intervals: d * m * end,
          labelEvery: d * m,
          labels: 'fraction',
          snapsPerInterval: 1,
        },
        hint:
          'Zähle, in wie viele Teile die Strecke von 0 bis 1 geteilt ist, ' +
          'und gehe so viele Teile weiter, wie der Bruch sagt.',
      };
    },
  },
  {
    id: 'mo-fer-reduce-picture',
    title: 'Gefärbten Anteil gekürzt angeben',
    version: 1,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const d = r.int(2, 8);
      let k = r.int(1, d - 1);
      while (gcd(k, d) !== 1) k = r.int(1, d - 1);
      const m = r.int(2, Math.min(4, Math.floor(24 / d)));
      return {
        prompt: 'Welcher Bruchteil des Streifens ist gefärbt? Gib ihn vollständig gekürzt an.',
        answer: num(q(k, d), { forms: ['fraction'], mustBeReduced: true }),
        representation: {
          kind: 'fraction-parts',
          mode: 'read',
          shape: 'bar',
          parts: d * m,
          shaded: sorted(pickDistinct(r, range(d * m), k * m)),
        },
        hint: 'Schreibe erst „gefärbte Teile / alle Teile“ und kürze dann durch den größten gemeinsamen Teiler.',
      };
    },
  },
  {
    id: 'mo-fer-to-denominator',
    title: 'Auf einen Nenner erweitern oder kürzen',
    version: 1,
    topic: 'fractions-expand-reduce',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const d = r.int(2, 10);
      let k = r.int(1, d - 1);
      while (gcd(k, d) !== 1) k = r.int(1, d - 1);
      const m = r.int(2, 9);
      const isExpanding = r.int(0, 1) === 1;
      const prompt = isExpanding
        ? `Erweitere ${k}/${d} auf den Nenner ${d * m}.`
        : `Kürze ${k * m}/${d * m} auf den Nenner ${d}.`;
      return {
        prompt,
        answer: num(q(k, d), { forms: ['fraction'], denominator: isExpanding ? d * m : d }),
        hint: isExpanding
          ? 'Mit welcher Zahl musst du den Nenner malnehmen? Mit derselben Zahl auch den Zähler.'
          : 'Durch welche Zahl musst du den Nenner teilen? Teile den Zähler durch dieselbe Zahl.',
      };
    },
  },
];
