// Written multiplication and division (grade 4): by a one- and a two-digit factor, division by a
// one-digit number, a quotient with a 0 in it, and a missing digit in a written multiplication.
import type { Template } from './task-types';
import { de, digitsOf, drawUntil, int } from './templates-numbers-kit';

// How many digits of `a` make a carry when multiplied by the one-digit `b`.
const productCarries = (a: number, b: number) => digitsOf(a).filter((digit) => digit * b >= 10).length;

export const WRITTEN_MUL_TEMPLATES: Template[] = [
  {
    id: 'nu-wm-mul-one',
    title: 'Schriftlich multiplizieren mit einstelligem Faktor',
    version: 1,
    topic: 'written-multiply-divide',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const [a, b] = drawUntil(
        () => [r.int(1000, 9999), r.int(3, 9)] as const,
        ([x, y]) => productCarries(x, y) >= 2,
      );
      return {
        prompt: `Rechne schriftlich: ${de(a)} · ${b} = ?`,
        answer: int(a * b),
        hint: 'Beginne bei den Einern und denk an den Übertrag.',
      };
    },
  },
  {
    id: 'nu-wm-mul-two',
    title: 'Schriftlich multiplizieren mit zweistelligem Faktor',
    version: 1,
    topic: 'written-multiply-divide',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const [a, b] = drawUntil(
        () => [r.int(102, 999), r.int(13, 98)] as const,
        ([x, y]) => x % 10 !== 0 && y % 10 !== 0 && y % 11 !== 0,
      );
      return {
        prompt: `Rechne schriftlich: ${de(a)} · ${b} = ?`,
        answer: int(a * b),
        hint: 'Multipliziere mit den Zehnern und mit den Einern, schreibe stellengerecht untereinander und addiere.',
      };
    },
  },
  {
    id: 'nu-wm-div-one',
    title: 'Schriftlich dividieren durch eine einstellige Zahl',
    version: 1,
    topic: 'written-multiply-divide',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const [quotient, divisor] = drawUntil(
        () => [r.int(112, 1999), r.int(3, 9)] as const,
        ([q, d]) => !digitsOf(q).includes(0) && q * d >= 1000,
      );
      return {
        prompt: `Rechne schriftlich: ${de(quotient * divisor)} : ${divisor} = ?`,
        answer: int(quotient),
        hint: 'Teile Stelle für Stelle; den Rest schreibst du vor die nächste Ziffer.',
      };
    },
  },
  {
    id: 'nu-wm-div-zero',
    title: 'Schriftlich dividieren: Null im Ergebnis',
    version: 1,
    topic: 'written-multiply-divide',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const [quotient, divisor] = drawUntil(
        () => [r.int(101, 2999), r.int(3, 9)] as const,
        ([q, d]) => digitsOf(q).slice(1).includes(0) && q * d >= 1000,
      );
      return {
        prompt: `Rechne schriftlich: ${de(quotient * divisor)} : ${divisor} = ?`,
        answer: int(quotient),
        hint: 'Reicht eine Stelle nicht zum Teilen, schreibst du eine 0 ins Ergebnis.',
      };
    },
  },
  {
    id: 'nu-wm-mul-digit',
    title: 'Fehlende Ziffer bei der schriftlichen Multiplikation',
    version: 1,
    topic: 'written-multiply-divide',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const [a, b] = drawUntil(
        () => [r.int(102, 999), r.int(3, 9)] as const,
        ([x, y]) => productCarries(x, y) >= 1,
      );
      const at = r.int(0, 2);
      const shown = digitsOf(a)
        .map((digit, index) => (index === at ? '□' : String(digit)))
        .join('');
      return {
        prompt: `Welche Ziffer fehlt? ${shown} · ${b} = ${de(a * b)}`,
        answer: int(digitsOf(a)[at]!),
        hint: 'Rechne die Malaufgabe von rechts nach links nach und denk an den Übertrag.',
      };
    },
  },
];
