// The units a task may ask for, the words pupils write for them, and which ones convert into each
// other (so that "20 m" in a task that asks for cm is read, and answered "the task asks for cm").

import { UNITS, type Unit } from '../units';

export { UNITS, type Unit };

type Quantity = 'share' | 'length' | 'mass' | 'volume' | 'time' | 'money' | 'degree';

// Each unit as a multiple of its quantity's smallest unit here (mm, mg, ml, s, ct; "%" of one).
const SIZE: Record<Unit, [Quantity, number]> = {
  '%': ['share', 1],
  mm: ['length', 1],
  cm: ['length', 10],
  dm: ['length', 100],
  m: ['length', 1000],
  km: ['length', 1_000_000],
  mg: ['mass', 1],
  g: ['mass', 1000],
  kg: ['mass', 1_000_000],
  t: ['mass', 1_000_000_000],
  ml: ['volume', 1],
  cl: ['volume', 10],
  dl: ['volume', 100],
  l: ['volume', 1000],
  s: ['time', 1],
  min: ['time', 60],
  h: ['time', 3600],
  ct: ['money', 1],
  '€': ['money', 100],
  '°': ['degree', 1],
};

// Written out, in German, singular and plural; matched without regard to case ("CM", "Kg", "L").
const WORDS: Record<string, Unit> = {
  prozent: '%',
  millimeter: 'mm',
  zentimeter: 'cm',
  dezimeter: 'dm',
  meter: 'm',
  kilometer: 'km',
  milligramm: 'mg',
  gramm: 'g',
  kilogramm: 'kg',
  kilo: 'kg',
  tonne: 't',
  tonnen: 't',
  milliliter: 'ml',
  liter: 'l',
  sek: 's',
  sekunde: 's',
  sekunden: 's',
  minute: 'min',
  minuten: 'min',
  std: 'h',
  'std.': 'h',
  stunde: 'h',
  stunden: 'h',
  cent: 'ct',
  euro: '€',
  eur: '€',
  grad: '°',
  '°c': '°',
};

export function readUnit(word: string): Unit | null {
  const lower = word.toLowerCase();
  return (UNITS as readonly string[]).includes(lower) ? (lower as Unit) : (WORDS[lower] ?? null);
}

export function isConvertible(from: Unit, to: Unit): boolean {
  return SIZE[from][0] === SIZE[to][0];
}

// How a unit follows a number: degrees right after it ("45°"), every other unit after a space.
export function unitSuffix(unit: Unit | null | undefined): string {
  if (!unit) return '';
  return unit === '°' ? '°' : ` ${unit}`;
}
