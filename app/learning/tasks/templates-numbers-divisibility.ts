// Divisibility (grade 5; ggT and kgV grade 6): the rules for 2, 3, 4, 5, 9 and 10, a missing digit
// for 3 and 9, primes, counting divisors, ggT and kgV. Choice tasks list their numbers in the
// question, as a worksheet does.
import type { Random, Template } from './task-types';
import { choice, drawUntil, gcd, int, shuffle } from './templates-numbers-kit';

const list = (items: string[]) => `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`;
const isPrime = (n: number) =>
  n > 1 && Array.from({ length: Math.floor(Math.sqrt(n)) - 1 }, (_, i) => i + 2).every((d) => n % d !== 0);
const divisorCount = (n: number) => Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0).length;

// The number that is not divisible by k looks like a multiple to a child who confuses the rules:
// a multiple of 3 for 9, an even number for 4, one ending in 5 for 10.
function nearMiss(r: Random, k: number): number {
  const candidate = () => r.int(100, 999);
  if (k === 9) return drawUntil(candidate, (n) => n % 3 === 0 && n % 9 !== 0);
  if (k === 4) return drawUntil(candidate, (n) => n % 2 === 0 && n % 4 !== 0);
  if (k === 10) return drawUntil(candidate, (n) => n % 5 === 0 && n % 10 !== 0);
  return drawUntil(candidate, (n) => n % k !== 0);
}

// Odd two-digit numbers that are not prime and do not end in 5: they look prime.
const LOOK_PRIME = [21, 27, 33, 39, 49, 51, 57, 63, 69, 77, 81, 87, 91, 93, 99];
const PRIMES = Array.from({ length: 77 }, (_, i) => i + 23).filter(isPrime);

export const DIVISIBILITY_TEMPLATES: Template[] = [
  {
    id: 'nu-dv-not-divisible',
    title: 'Teilbarkeitsregeln anwenden (Auswahl)',
    version: 1,
    topic: 'divisibility',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const k = r.pick([2, 3, 4, 5, 9, 10]);
      const multiples = new Set<number>();
      while (multiples.size < 3) multiples.add(r.int(Math.ceil(100 / k), Math.floor(999 / k)) * k);
      const answer = choice(r, String(nearMiss(r, k)), [...multiples].map(String));
      return {
        prompt: `Welche der Zahlen ${list(answer.options)} ist nicht durch ${k} teilbar?`,
        answer,
        hint:
          k === 3 || k === 9
            ? `Bilde die Quersumme: Ist sie durch ${k} teilbar, ist es auch die Zahl.`
            : k === 4
              ? 'Schau auf die letzten beiden Ziffern: Bilden sie eine Zahl, die durch 4 teilbar ist?'
              : 'Schau auf die letzte Ziffer.',
      };
    },
  },
  {
    id: 'nu-dv-missing-digit',
    title: 'Ziffer einsetzen: teilbar durch 3 oder 9',
    version: 1,
    topic: 'divisibility',
    difficulty: 3,
    grade: 5,
    generate: (r) => {
      const k = r.pick([3, 9]);
      const isSmallest = r.int(0, 1) === 0;
      const at = r.int(1, 3);
      const fittingDigits = (digits: number[]) => {
        const rest = digits.reduce((sum, digit, i) => (i === at ? sum : sum + digit), 0);
        return Array.from({ length: 10 }, (_, d) => d).filter((d) => (rest + d) % k === 0);
      };
      // For 9 exactly one digit must fit (when 0 and 9 both do, the digits are drawn again).
      const digits = drawUntil(
        () => [r.int(1, 9), r.int(0, 9), r.int(0, 9), r.int(0, 9)],
        (d) => k === 3 || fittingDigits(d).length === 1,
      );
      const fitting = fittingDigits(digits);
      const shown = digits.map((d, i) => (i === at ? '□' : String(d))).join('');
      return {
        prompt:
          k === 9
            ? `Welche Ziffer musst du für □ einsetzen, damit ${shown} durch 9 teilbar ist?`
            : `Setze für □ die ${isSmallest ? 'kleinste' : 'größte'} Ziffer ein, ` +
              `mit der ${shown} durch 3 teilbar ist. Welche Ziffer ist das?`,
        answer: int(k === 9 || isSmallest ? fitting[0]! : fitting.at(-1)!),
        hint: `Bilde die Quersumme der bekannten Ziffern; mit der fehlenden muss sie durch ${k} teilbar sein.`,
      };
    },
  },
  {
    id: 'nu-dv-prime-choice',
    title: 'Primzahl erkennen (Auswahl)',
    version: 1,
    topic: 'divisibility',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const answer = choice(r, String(r.pick(PRIMES)), shuffle(r, LOOK_PRIME).slice(0, 3).map(String));
      return {
        prompt: `Welche der Zahlen ${list(answer.options)} ist eine Primzahl?`,
        answer,
        hint: 'Eine Primzahl hat genau zwei Teiler. Prüfe die anderen Zahlen mit 3, 7 und 11.',
      };
    },
  },
  {
    id: 'nu-dv-divisor-count',
    title: 'Anzahl der Teiler bestimmen',
    version: 1,
    topic: 'divisibility',
    difficulty: 2,
    grade: 5,
    generate: (r) => {
      const number = drawUntil(
        () => r.int(12, 200),
        (n) => divisorCount(n) >= 4,
      );
      return {
        prompt: `Wie viele Teiler hat ${number}? Zähle 1 und ${number} mit.`,
        answer: int(divisorCount(number)),
        hint: 'Suche die Teiler paarweise: Zu jedem Teiler gehört ein Partner, mit dem du malnimmst.',
      };
    },
  },
  {
    id: 'nu-dv-gcd',
    title: 'Größter gemeinsamer Teiler (ggT)',
    version: 1,
    topic: 'divisibility',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const g = r.int(2, 12);
      const [x, y] = drawUntil(
        () => [r.int(2, 9), r.int(2, 9)] as const,
        ([a, b]) => a < b && gcd(a, b) === 1 && g * b <= 150,
      );
      const [a, b] = shuffle(r, [g * x, g * y]);
      return {
        prompt: `Bestimme den ggT von ${a} und ${b}.`,
        answer: int(g),
        hint: 'Schreibe die Teiler beider Zahlen auf und suche den größten, der in beiden Listen steht.',
      };
    },
  },
  {
    id: 'nu-dv-lcm',
    title: 'Kleinstes gemeinsames Vielfaches (kgV)',
    version: 1,
    topic: 'divisibility',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const [a, b] = drawUntil(
        () => [r.int(3, 20), r.int(3, 20)] as const,
        ([x, y]) => x < y && y % x !== 0 && (x * y) / gcd(x, y) <= 200,
      );
      const [first, second] = shuffle(r, [a, b]);
      return {
        prompt: `Bestimme das kgV von ${first} und ${second}.`,
        answer: int((a * b) / gcd(a, b)),
        hint: 'Schreibe Vielfache der größeren Zahl auf, bis eines auch durch die kleinere teilbar ist.',
      };
    },
  },
];
