// Chance: sicher, möglich or unmöglich (grade 4); probabilities as fractions with dice, bags of
// balls and a spinner (grade 6).
import type { Random, Template } from './task-types';
import { count, fixedChoice, num, pickDistinct, q } from './templates-more-kit';

const KINDS = ['sicher', 'möglich', 'unmöglich'];
const QUESTION = 'Ist das sicher, möglich oder unmöglich?';

const dieName = (faces: number) =>
  faces === 6 ? 'einem normalen Spielwürfel' : `einem Würfel mit den Zahlen 1 bis ${faces}`;

// Events on a die with `faces` faces by kind (0 sicher, 1 möglich, 2 unmöglich): the words after
// "Du würfelst …" and, for the probability task, how many faces make the event.
function dieEvent(random: Random, faces: number, kind: number): string {
  const k = random.int(1, faces);
  switch (kind) {
    case 0:
      return random.pick([
        `eine Zahl kleiner als ${faces + random.int(1, 4)}`,
        `höchstens eine ${faces + random.int(0, 3)}`,
        'mindestens eine 1',
      ]);
    case 1:
      return random.pick([
        `eine ${k}`,
        `eine Zahl größer als ${random.int(1, faces - 1)}`,
        `eine Zahl kleiner als ${random.int(2, faces)}`,
        'eine gerade Zahl',
        'eine ungerade Zahl',
      ]);
    default:
      return random.pick([
        `eine ${faces + random.int(1, 6)}`,
        `eine Zahl größer als ${faces + random.int(0, 3)}`,
        `mindestens eine ${faces + random.int(1, 4)}`,
        'eine 0',
      ]);
  }
}

function bagEvent(random: Random, kind: number): string {
  const [red, blue] = [random.int(1, 9), random.int(1, 9)];
  const both = `${count(red, 'rote Kugel', 'rote Kugeln')} und ${count(blue, 'blaue Kugel', 'blaue Kugeln')}`;
  const onlyRed = `${red + 1} rote Kugeln`;
  const [bag, colour] =
    kind === 0
      ? random.pick([
          [onlyRed, 'rot'],
          [both, 'rot oder blau'],
        ])
      : kind === 1
        ? [both, random.pick(['rot', 'blau'])]
        : random.pick([
            [both, random.pick(['grün', 'gelb'])],
            [onlyRed, 'blau'],
          ]);
  return `In einem Beutel liegen ${bag}. Du ziehst ohne hinzusehen eine Kugel. Sie ist ${colour}. ${QUESTION}`;
}

type Event = { text: string; favourable: number };

function probabilityEvent(random: Random, faces: number): Event {
  const numbers = Array.from({ length: faces }, (_, i) => i + 1);
  const k = random.int(1, faces - 2);
  const [from, to] = [random.int(2, faces - 2), random.int(2, faces - 2)].sort((a, b) => a - b) as [number, number];
  const events: Event[] = [
    { text: 'eine ungerade Zahl', favourable: Math.ceil(faces / 2) },
    { text: `eine Zahl von ${from} bis ${to + 1}`, favourable: to + 2 - from },
    { text: `eine ${random.int(1, faces)}`, favourable: 1 },
    { text: 'eine gerade Zahl', favourable: Math.floor(faces / 2) },
    { text: `eine Zahl größer als ${k}`, favourable: faces - k },
    { text: `eine Zahl kleiner als ${k + 2}`, favourable: k + 1 },
    { text: 'eine Zahl, die durch 3 teilbar ist', favourable: numbers.filter((n) => n % 3 === 0).length },
  ];
  if (faces >= 8)
    events.push({ text: 'eine Zahl, die durch 4 teilbar ist', favourable: numbers.filter((n) => n % 4 === 0).length });
  return random.pick(events);
}

const COLOURS: [string, string, string][] = [
  ['rote', 'rote Kugel', 'rote Kugeln'],
  ['blaue', 'blaue Kugel', 'blaue Kugeln'],
  ['grüne', 'grüne Kugel', 'grüne Kugeln'],
  ['gelbe', 'gelbe Kugel', 'gelbe Kugeln'],
];

export const CHANCE_TEMPLATES: Template[] = [
  {
    id: 'mo-chance-kind',
    title: 'Sicher, möglich oder unmöglich?',
    version: 1,
    topic: 'chance',
    difficulty: 1,
    grade: 4,
    generate: (r) => {
      const kind = r.int(0, 2);
      const isDie = r.int(0, 1) === 1;
      const faces = r.pick([6, 6, 8, 10]);
      const prompt = isDie
        ? `Du würfelst einmal mit ${dieName(faces)} und würfelst ${dieEvent(r, faces, kind)}. ${QUESTION}`
        : bagEvent(r, kind);
      return {
        prompt,
        answer: fixedChoice(KINDS, kind),
        hint: 'Sicher heißt: es passiert bei jedem Versuch; unmöglich: bei keinem; möglich: bei manchen.',
      };
    },
  },
  {
    id: 'mo-chance-die',
    title: 'Wahrscheinlichkeit beim Würfeln',
    version: 1,
    topic: 'chance',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const faces = r.pick([6, 8, 10, 12, 20]);
      const event = probabilityEvent(r, faces);
      return {
        prompt:
          `Du würfelst einmal mit ${dieName(faces)}. Wie groß ist die Wahrscheinlichkeit für ` +
          `${event.text}? Gib sie als Bruch an.`,
        answer: num(q(event.favourable, faces), { forms: ['fraction'] }),
        hint: 'Wahrscheinlichkeit = Anzahl der günstigen Ergebnisse geteilt durch die Anzahl aller Ergebnisse.',
      };
    },
  },
  {
    id: 'mo-chance-bag',
    title: 'Wahrscheinlichkeit beim Ziehen von Kugeln',
    version: 1,
    topic: 'chance',
    difficulty: 2,
    grade: 6,
    generate: (r) => {
      const colours = pickDistinct(r, COLOURS, r.int(2, 3));
      const counts = colours.map(() => r.int(1, 8));
      const total = counts.reduce((a, b) => a + b, 0);
      const asked = r.int(0, colours.length - 1);
      const isNotAsked = r.int(0, 2) === 0;
      const listed = colours.map(([, one, many], i) => count(counts[i]!, one, many));
      const bag = `${listed.slice(0, -1).join(', ')} und ${listed.at(-1)}`;
      const favourable = isNotAsked ? total - counts[asked]! : counts[asked]!;
      return {
        prompt:
          `In einem Beutel liegen ${bag}. Du ziehst ohne hinzusehen eine Kugel. ` +
          `Wie groß ist die Wahrscheinlichkeit, ${isNotAsked ? 'keine' : 'eine'} ` +
          `${colours[asked]![0]} Kugel zu ziehen? Gib sie als Bruch an.`,
        answer: num(q(favourable, total), { forms: ['fraction'] }),
        hint: 'Zähle alle Kugeln im Beutel: das ist der Nenner.',
      };
    },
  },
  {
    id: 'mo-chance-spinner',
    title: 'Wahrscheinlichkeit am Glücksrad',
    version: 1,
    topic: 'chance',
    difficulty: 1,
    grade: 6,
    generate: (r) => {
      const parts = r.int(3, 12);
      const winning = r.int(1, parts - 1);
      const fields = pickDistinct(
        r,
        Array.from({ length: parts }, (_, i) => i),
        winning,
      ).sort((a, b) => a - b);
      return {
        prompt:
          'Das Glücksrad ist in gleich große Felder geteilt. ' +
          'Bleibt der Zeiger auf einem gefärbten Feld stehen, gewinnst du. ' +
          'Wie groß ist die Wahrscheinlichkeit zu gewinnen? Gib sie als Bruch an.',
        answer: num(q(winning, parts), { forms: ['fraction'] }),
        representation: { kind: 'fraction-parts', mode: 'read', shape: 'circle', parts, shaded: fields },
        hint: 'Zähle alle Felder und die gefärbten Felder.',
      };
    },
  },
];
