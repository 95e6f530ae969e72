// Fractions written in words ("drei Achtel", "ein Halb", "siebenunddreißig Hundertstel"), with
// numerator and denominator: every proper fraction with a denominator up to 12, every Zwanzigstel
// and every Hundertstel.
const UP_TO_NINETEEN = [
  'ein',
  'zwei',
  'drei',
  'vier',
  'fünf',
  'sechs',
  'sieben',
  'acht',
  'neun',
  'zehn',
  'elf',
  'zwölf',
  'dreizehn',
  'vierzehn',
  'fünfzehn',
  'sechzehn',
  'siebzehn',
  'achtzehn',
  'neunzehn',
];
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

const TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];

// "ein" before a fraction word ("ein Drittel", "einundzwanzig Hundertstel").
function numberWord(n: number): string {
  if (n < 20) return UP_TO_NINETEEN[n - 1]!;
  const [tens, ones] = [TENS[Math.floor(n / 10) - 2]!, n % 10];
  return ones === 0 ? tens : `${UP_TO_NINETEEN[ones - 1]}und${tens}`;
}

const wordsFor = (denominators: [number, string][]): [string, number, number][] =>
  denominators.flatMap(([d, name]) =>
    Array.from({ length: d - 1 }, (_, i): [string, number, number] => [`${numberWord(i + 1)} ${name}`, i + 1, d]),
  );

// In three groups, so that a task picks small denominators as often as Hundertstel.
export const FRACTION_WORDS: [string, number, number][][] = [
  wordsFor(DENOMINATORS.slice(0, 11)),
  wordsFor(DENOMINATORS.slice(11, 12)),
  wordsFor(DENOMINATORS.slice(12)),
];
