// The number line to 1 000 000 (grade 4): read a point, mark a number in a section of 100 000
// exactly, and mark a number on the whole line to 1 000 000 within a stated tolerance.
import { rational } from './rational';
import type { Template } from './task-types';
import { de, drawUntil, int, markLine, readLine, valueAtTick } from './templates-numbers-kit';

export const LARGE_NUMBER_LINE_TEMPLATES: Template[] = [
  {
    id: 'nu-ln-line-read',
    title: 'Zahl am Zahlenstrahl bis 1 000 000 ablesen',
    version: 1,
    topic: 'large-numbers',
    difficulty: 2,
    grade: 4,
    generate: (r) => {
      const span = r.pick([1_000_000, 100_000, 10_000]);
      const start = span === 1_000_000 ? 0 : r.int(0, 1_000_000 / span - 1) * span;
      const line = r.pick([
        { start, end: start + span, intervals: 10, labelEvery: 5 },
        { start, end: start + span, intervals: 20, labelEvery: 4 },
      ]);
      const tick = drawUntil(
        () => r.int(1, line.intervals - 1),
        (t) => t % line.labelEvery !== 0,
      );
      return {
        prompt: 'Welche Zahl zeigt der Punkt A auf dem Zahlenstrahl?',
        answer: int(valueAtTick(line, tick)),
        representation: readLine(line, tick),
        hint: 'Wie groß ist ein Schritt von Strich zu Strich? Zähle dann vom nächsten beschrifteten Strich aus.',
      };
    },
  },
  {
    id: 'nu-ln-line-mark',
    title: 'Zahl im Zahlenstrahl-Ausschnitt bis 1 000 000 markieren',
    version: 1,
    topic: 'large-numbers',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      const start = r.int(0, 9) * 100_000;
      const number =
        start +
        drawUntil(
          () => r.int(1, 99) * 1000,
          (n) => n % 10_000 !== 0,
        );
      return {
        prompt: `Markiere ${de(number)} auf dem Zahlenstrahl.`,
        answer: int(number),
        representation: markLine({ start, end: start + 100_000, intervals: 10, labelEvery: 5 }, 10),
        hint: `Von Strich zu Strich sind es ${de(10_000)}. Suche zuerst den passenden Zehntausender.`,
      };
    },
  },
  {
    id: 'nu-ln-line-mark-million',
    title: 'Zahl am Zahlenstrahl bis 1 000 000 ungefähr markieren',
    version: 1,
    topic: 'large-numbers',
    difficulty: 3,
    grade: 4,
    generate: (r) => {
      // Ticks every 10 000, the marker snaps to 5 000: the pupil estimates between two ticks.
      const number = drawUntil(
        () => r.int(11, 989) * 1000,
        (n) => n % 10_000 !== 0,
      );
      return {
        prompt: `Markiere ${de(number)} auf dem Zahlenstrahl (auf ${de(5000)} genau).`,
        answer: { ...int(number), tolerance: rational(5000) },
        representation: markLine({ start: 0, end: 1_000_000, intervals: 100, labelEvery: 10 }, 2),
        hint: `Von Strich zu Strich sind es ${de(10_000)}. Suche zuerst den Hunderttausender.`,
      };
    },
  },
];
