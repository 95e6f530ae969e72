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
] as const;
export type Unit = (typeof UNITS)[number];
