// Generated pupil usernames: friendly pseudonyms a ten-year-old can type ("flinker-fuchs-42").
// Their one-time passwords come from oneTimePassword in app/lib/crypto.ts.
import { randomInt } from 'node:crypto';

const ADJECTIVES = [
  'flinker',
  'kluger',
  'mutiger',
  'froher',
  'wilder',
  'stiller',
  'bunter',
  'schneller',
  'heller',
  'kleiner',
  'starker',
  'lustiger',
];
const ANIMALS = ['fuchs', 'dachs', 'igel', 'luchs', 'rabe', 'otter', 'biber', 'falke', 'hase', 'wal', 'adler', 'panda'];

export function pseudonym(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]}-${ANIMALS[randomInt(ANIMALS.length)]}-${randomInt(10, 1000)}`;
}
