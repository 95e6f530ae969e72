// Fractions written in words ("drei Achtel", "ein Halb", "siebenunddreißig Hundertstel"), with
// numerator and denominator: every proper fraction with a denominator up to 12, every Zwanzigstel
// and every Hundertstel.
import { numberWordBefore } from './templates-numbers-kit';

const DENOMINATORS: [number, string][] = [
  [2, 'Halb'],
  [3, 'Drittel'],
  [4, 'Viertel'],
  [5, 'Fünftel'],
  [6, 'Sechstel'],
  [7, 'Siebtel'],
  [8, 'Achtel'],
  [9, 'Neuntel'],
  [10, 'Zehntel'],
  [11, 'Elftel'],
  [12, 'Zwölftel'],
  [20, 'Zwanzigstel'],
  [100, 'Hundertstel'],
];

const wordsFor = (denominators: [number, string][]): [string, number, number][] =>
  denominators.flatMap(([d, name]) =>
    Array.from({ length: d - 1 }, (_, i): [string, number, number] => [`${numberWordBefore(i + 1)} ${name}`, i + 1, d]),
  );

// In three groups, so that a task picks small denominators as often as Hundertstel.
export const FRACTION_WORDS: [string, number, number][][] = [
  wordsFor(DENOMINATORS.slice(0, 11)),
  wordsFor(DENOMINATORS.slice(11, 12)),
  wordsFor(DENOMINATORS.slice(12)),
];
