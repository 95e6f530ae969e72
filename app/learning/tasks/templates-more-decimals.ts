// Decimals (grade 5): rounding, place values, reading and marking decimals on a number line, and
// ordering decimals of the same whole part, where the longer number is not always the larger one.
import type { Template } from './task-types';
import { de, num, pickDistinct, q } from './templates-more-kit';

const PLACES = ['Ganze', 'Zehntel', 'Hundertstel'];
const DIGIT_PLACES: [string, number][] = [
  ['Zehnerstelle', 1],
  ['Einerstelle', 0],
  ['Zehntelstelle', -1],
  ['Hundertstelstelle', -2],
  ['Tausendstelstelle', -3],
];

export const DECIMAL_TEMPLATES: Template[] = [
  {
    id: 'mo-dec-round',
    title: 'Dezimalzahlen runden',
    version: 1,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      for (;;) {
        const thousandths = r.int(0, 99) * 1000 + r.int(1, 99) * 10 + r.int(1, 9);
        const places = r.int(0, 2);
        const unit = 10 ** (3 - places);
        const rounded = Math.floor(thousandths / unit + 0.5);
        if (rounded === 0 || (places > 0 && rounded % 10 === 0)) continue;
        return {
          prompt: `Runde ${de(q(thousandths, 1000))} auf ${PLACES[places]}.`,
          answer: num(q(rounded, 10 ** places), { forms: [places === 0 ? 'integer' : 'decimal'] }),
          hint: 'Schau auf die Ziffer rechts von der Rundungsstelle: ab 5 rundest du auf, sonst ab.',
        };
      }
    },
  },
  {
    id: 'mo-dec-digit-place',
    title: 'Ziffer an einer Stelle nach dem Komma',
    version: 1,
    topic: 'decimals',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const digits = pickDistinct(r, [1, 2, 3, 4, 5, 6, 7, 8, 9], 5);
      const value = digits.reduce((sum, digit) => sum * 10 + digit, 0);
      const [place, power] = r.pick(DIGIT_PLACES);
      return {
        prompt: `Welche Ziffer steht in ${de(q(value, 1000))} an der ${place}?`,
        answer: num(digits[1 - power]!),
        hint: 'Nach dem Komma kommen der Reihe nach Zehntel, Hundertstel und Tausendstel.',
      };
    },
  },
  {
    id: 'mo-dec-line-read',
    title: 'Dezimalzahl am Zahlenstrahl ablesen',
    version: 1,
    topic: 'decimals',
    difficulty: 1,
    grade: 5,
    generate: (r) => {
      const start = r.int(0, 9);
      const length = r.int(1, 2);
      const tick = r.pick(Array.from({ length: length * 10 - 1 }, (_, i) => i + 1).filter((t) => t % 10 !== 0));
      return {
        prompt: 'Welche Dezimalzahl gehört zum Punkt A?',
        answer: num(q(start * 10 + tick, 10), { forms: ['decimal'] }),
        representation: {
          kind: 'number-line',
          mode: 'read',
          start,
          end: start + length,
          intervals: length * 10,
          labelEvery: 10,
          labels: 'decimal',
          pointTick: tick,
          pointLabel: 'A',
        },
        hint: 'Zwischen zwei ganzen Zahlen sind 10 Striche Abstand: jeder Strich ist ein Zehntel.',
      };
    },
  },
  {
    id: 'mo-dec-line-mark',
    title: 'Dezimalzahl am Zahlenstrahl markieren',
    version: 1,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const start = r.int(0, 9);
      const isHundredths = r.int(0, 1) === 1;
      const perUnit = isHundredths ? 100 : 10;
      const steps = r.pick(
        Array.from({ length: perUnit - 1 }, (_, i) => i + 1).filter((s) => s % 10 !== 0 || !isHundredths),
      );
      const target = q(start * perUnit + steps, perUnit);
      return {
        prompt: `Markiere ${de(target)} auf dem Zahlenstrahl.`,
        answer: num(target),
        representation: {
          kind: 'number-line',
          mode: 'mark',
          start,
          end: start + 1,
          intervals: 10,
          labelEvery: 10,
          labels: 'decimal',
          snapsPerInterval: isHundredths ? 10 : 1,
        },
        hint: isHundredths
          ? 'Jeder Strich ist ein Zehntel; dazwischen kannst du in Hundertstel-Schritten weitergehen.'
          : 'Die Strecke von einer ganzen Zahl zur nächsten ist in 10 Zehntel geteilt.',
      };
    },
  },
  {
    id: 'mo-dec-order',
    title: 'Dezimalzahlen ordnen',
    version: 1,
    topic: 'decimals',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const whole = r.int(0, 9) * 1000;
      const t = r.int(1, 8) * 100;
      const [u, v] = [r.int(1, 9), r.int(1, 9)];
      const pool = new Set([t, t - 100 + u * 10, t + u * 10, t + v, t + 100 - u * 10 + v, t + v * 10 + u, t - 100 + v]);
      if (pool.size < 4) pool.add(t + 10 * ((u % 9) + 1) + 5);
      const values = pickDistinct(r, [...pool], 4).map((x) => whole + x);
      const isSmallestFirst = r.int(0, 1) === 1;
      const order = values.map((_, i) => i).sort((a, b) => (values[a]! - values[b]!) * (isSmallestFirst ? 1 : -1));
      const items = values.map((x) => de(q(x, 1000)));
      return {
        prompt:
          `Ordne die Zahlen ${items.slice(0, 3).join('; ')} und ${items[3]} der Größe nach, ` +
          `die ${isSmallestFirst ? 'kleinste' : 'größte'} zuerst.`,
        answer: { kind: 'order', items, correctOrder: order },
        hint: 'Vergleiche Stelle für Stelle von links; hänge Nullen an, damit alle gleich viele Stellen haben.',
      };
    },
  },
];
