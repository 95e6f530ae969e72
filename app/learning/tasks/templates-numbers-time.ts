// Time spans (grades 3–4): from a start and an end time to the duration in minutes or hours,
// from a start time and a duration to the end (and back), a bus timetable, a span across midnight.
// Answers carry the unit the question asks for ("85 min"); "1 h 25 min" is not read (yet), so the
// questions ask for minutes or for whole hours only.
import type { Representation } from '../representation';
import type { Random, Template } from './task-types';
import { choice, clock, drawUntil, inUnit, shuffle } from './templates-numbers-kit';

// [subject, pronoun]
const EVENTS: [string, string][] = [
  ['Der Film', 'er'],
  ['Das Fußballtraining', 'es'],
  ['Die Busfahrt', 'sie'],
  ['Der Ausflug', 'er'],
  ['Die Schwimmstunde', 'sie'],
  ['Das Konzert', 'es'],
  ['Die Probe', 'sie'],
];
// [name, "vom …", "bis zum …"]
const STOPS: [string, string, string][] = [
  ['Bahnhof', 'vom Bahnhof', 'zum Bahnhof'],
  ['Markt', 'vom Markt', 'zum Markt'],
  ['Rathaus', 'vom Rathaus', 'zum Rathaus'],
  ['Schwimmbad', 'vom Schwimmbad', 'zum Schwimmbad'],
  ['Schule', 'von der Schule', 'zur Schule'],
  ['Bücherei', 'von der Bücherei', 'zur Bücherei'],
  ['Sportplatz', 'vom Sportplatz', 'zum Sportplatz'],
];
const SLEEPERS: [string, string][] = [
  ['Lena', 'sie'],
  ['Jonas', 'er'],
  ['Aylin', 'sie'],
  ['Finn', 'er'],
];

const hoursAndMinutes = (minutes: number) => {
  const [h, m] = [Math.floor(minutes / 60), minutes % 60];
  if (h === 0) return `${m} Minuten`;
  return `${h} ${h === 1 ? 'Stunde' : 'Stunden'} und ${m} Minuten`;
};
const span = (subject: string, start: number, end: number, unit: string, pronoun: string) =>
  `${subject} beginnt um ${clock(start)} und endet um ${clock(end)}. Wie viele ${unit} dauert ${pronoun}?`;
// A start time between 7 and 18 o'clock on the five-minute grid.
const startTime = (r: Random, from = 7, to = 17) => r.int(from * 12, to * 12 + 11) * 5;

export const TIME_TEMPLATES: Template[] = [
  {
    id: 'nu-ts-minutes',
    title: 'Zeitspanne in Minuten',
    version: 1,
    topic: 'time-spans',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const [subject, pronoun] = r.pick(EVENTS);
      const [start, duration] = drawUntil(
        () => [startTime(r), r.int(5, 34) * 5] as const,
        ([s, d]) => d % 60 !== 0 && Math.floor(s / 60) !== Math.floor((s + d) / 60),
      );
      return {
        prompt: span(subject, start, start + duration, 'Minuten', pronoun),
        answer: inUnit(duration, 'min'),
        hint: 'Rechne erst bis zur nächsten vollen Stunde, dann weiter bis zum Ende. 1 Stunde hat 60 Minuten.',
      };
    },
  },
  {
    id: 'nu-ts-hours',
    title: 'Zeitspanne in ganzen Stunden',
    version: 1,
    topic: 'time-spans',
    difficulty: 1,
    grade: 3,
    generate: (r) => {
      const [subject, pronoun] = r.pick(EVENTS);
      const [start, hours] = [startTime(r, 6, 12), r.int(2, 9)];
      return {
        prompt: span(subject, start, start + hours * 60, 'Stunden', pronoun),
        answer: inUnit(hours, 'h'),
        hint: 'Zähle die vollen Stunden vom Anfang bis zum Ende.',
      };
    },
  },
  {
    id: 'nu-ts-clock-choice',
    title: 'Anfang oder Ende einer Zeitspanne (Auswahl)',
    version: 1,
    topic: 'time-spans',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const [subject, pronoun] = r.pick(EVENTS);
      const isEndAsked = r.int(0, 2) > 0;
      // Off by an hour, by ten minutes, by five minutes: the typical slips. All options as long.
      const [start, duration, offsets] = drawUntil(
        () =>
          [
            startTime(r),
            r.int(5, 30) * 5,
            shuffle(r, [r.pick([60, -60]), r.pick([10, -10]), r.pick([5, -5, 20, -20])]),
          ] as const,
        ([s, d, o]) => {
          const asked = isEndAsked ? s + d : s;
          const lengths = [asked, ...o.map((x) => asked + x)].map((t) => clock(t).length);
          return d % 60 !== 0 && new Set(lengths).size === 1 && Math.floor(s / 60) !== Math.floor((s + d) / 60);
        },
      );
      const asked = isEndAsked ? start + duration : start;
      const prompt = isEndAsked
        ? `${subject} beginnt um ${clock(start)} und dauert ${hoursAndMinutes(duration)}. Wann endet ${pronoun}?`
        : `${subject} endet um ${clock(start + duration)} und hat ${hoursAndMinutes(duration)} gedauert. ` +
          `Wann hat ${pronoun} begonnen?`;
      return {
        prompt,
        answer: choice(
          r,
          clock(asked),
          offsets.map((x) => clock(asked + x)),
        ),
        hint: 'Rechne in Schritten: erst bis zur vollen Stunde, dann die restlichen Minuten.',
      };
    },
  },
  {
    id: 'nu-ts-timetable',
    title: 'Fahrplan lesen: Fahrzeit in Minuten',
    version: 1,
    topic: 'time-spans',
    difficulty: 2,
    grade: 3,
    generate: (r) => {
      const stops = shuffle(r, STOPS).slice(0, 5);
      const first = startTime(r, 6, 16);
      const times = [first];
      for (let i = 1; i < stops.length; i++) times.push(times[i - 1]! + r.int(2, 12));
      const [i, j] = drawUntil(
        () => [r.int(0, 3), r.int(1, 4)] as const,
        ([a, b]) => a < b && (b - a >= 2 || Math.floor(times[a]! / 60) !== Math.floor(times[b]! / 60)),
      );
      const table: Representation = {
        kind: 'table',
        caption: `Busfahrplan Linie ${r.int(2, 19)}`,
        header: ['Haltestelle', 'Abfahrt'],
        rows: stops.map(([name], k) => [name, clock(times[k]!).replace(' Uhr', '')]),
      };
      return {
        prompt: `Wie viele Minuten fährt der Bus ${stops[i]![1]} bis ${stops[j]![2]}?`,
        answer: inUnit(times[j]! - times[i]!, 'min'),
        representation: table,
        hint: 'Lies beide Abfahrtszeiten ab und rechne über die volle Stunde.',
      };
    },
  },
  {
    id: 'nu-ts-overnight',
    title: 'Zeitspanne über Mitternacht',
    version: 1,
    topic: 'time-spans',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const start = r.int(19 * 12, 23 * 12 + 11) * 5;
      const end = drawUntil(
        () => r.int(4 * 12, 7 * 12 + 6) * 5,
        (e) => (e - start + 1440) % 60 !== 0,
      );
      const duration = end + 1440 - start;
      if (r.int(0, 1) === 0) {
        const [name, pronoun] = r.pick(SLEEPERS);
        return {
          prompt:
            `${name} schläft um ${clock(start)} ein und wacht um ${clock(end)} auf. ` +
            `Wie viele Minuten schläft ${pronoun}?`,
          answer: inUnit(duration, 'min'),
          hint: 'Rechne erst bis Mitternacht (0:00 Uhr), dann weiter bis zum Morgen.',
        };
      }
      return {
        prompt:
          `Ein Nachtzug fährt um ${clock(start)} ab und kommt um ${clock(end)} an. ` +
          'Wie viele Minuten ist er unterwegs?',
        answer: inUnit(duration, 'min'),
        hint: 'Rechne erst bis Mitternacht (0:00 Uhr), dann weiter bis zur Ankunft.',
      };
    },
  },
];
