// The units a task may ask for (browser-safe: the pupils' keypad shows the asked unit's key).
export const UNITS = [
  '%',
  'mm',
  'cm',
  'dm',
  'm',
  'km',
  'mg',
  'g',
  'kg',
  't',
  'ml',
  'cl',
  'dl',
  'l',
  's',
  'min',
  'h',
  'ct',
  '€',
  // Degrees: of an angle, or of a temperature ("°C" and "Grad" read as this too).
  '°',
] as const;
export type Unit = (typeof UNITS)[number];
