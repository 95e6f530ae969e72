// Generated pupil usernames and one-time passwords. Usernames are friendly pseudonyms a ten-year-old
// can type ("flinker-fuchs-42"); passwords avoid look-alike characters (0/O, 1/l/I).
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
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function pseudonym(): string {
  return `${ADJECTIVES[randomInt(ADJECTIVES.length)]}-${ANIMALS[randomInt(ANIMALS.length)]}-${randomInt(10, 1000)}`;
}

export function oneTimePassword(length = 14): string {
  return Array.from({ length }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
}
