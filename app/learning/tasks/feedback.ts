// What the pupil is told after a submit, besides right or wrong and the solution: how the answer was
// read when that helps (German, one sentence), and the task's hint when the answer was wrong.
//   touched picture   "Du hast 6 von 8 Teilen gefärbt – das sind 3/4." / "Du hast 37 markiert."
//   typed, correct    "Du hast 0,75 geschrieben – das ist dasselbe wie 3/4. Richtig!" (another form)
//   typed, wrong      "… – der Wert stimmt, aber gefragt ist eine Dezimalzahl." (form, reduced, denominator)
// Pure: the same task and reading give the same words, on a repeated submit too.
import { isTypedReduced, parseAnswer, type ReadNumber } from './answer-parser';
import { equals, formatFraction } from './rational';
import { canonicalAnswer } from './solution-text';
import type { NumberAnswer, NumberForm, TaskContent } from './task-types';
import type { Representation } from '../representation';

export type Explained = { feedback: string | null; hint: string | null };
type Graded = 'correct' | 'wrong';

const PLACE_NAMES = {
  M: ['Million', 'Millionen'],
  HT: ['Hunderttausender', 'Hunderttausender'],
  ZT: ['Zehntausender', 'Zehntausender'],
  T: ['Tausender', 'Tausender'],
  H: ['Hunderter', 'Hunderter'],
  Z: ['Zehner', 'Zehner'],
  E: ['Einer', 'Einer'],
} as const;
const PLACE_VALUES = { M: 1_000_000n, HT: 100_000n, ZT: 10_000n, T: 1000n, H: 100n, Z: 10n, E: 1n } as const;
type Place = keyof typeof PLACE_VALUES;
const FORM_NAMES: Record<NumberForm, string> = {
  integer: 'eine ganze Zahl',
  decimal: 'eine Dezimalzahl',
  fraction: 'ein Bruch',
  mixed: 'eine gemischte Zahl',
};

// result and readAs as stored for the attempt (null while it is open).
export function explainResult(task: TaskContent, result: string | null, readAs: string | null): Explained {
  if ((result !== 'correct' && result !== 'wrong') || readAs === null) return { feedback: null, hint: null };
  const hint = result === 'wrong' ? (task.hint ?? null) : null;
  if (task.answer.kind !== 'number') return { feedback: null, hint };
  const parsed = parseAnswer(readAs);
  if (!parsed.isReadable) return { feedback: null, hint };
  const reading = parsed.readings[0]!;
  const picture = task.representation;
  const feedback =
    picture && isTouched(picture)
      ? touchedFeedback(picture, task.answer, reading)
      : typedFeedback(task.answer, result, reading, readAs);
  return { feedback, hint };
}

export function isTouched(picture: Representation): boolean {
  return 'mode' in picture && picture.mode !== 'read';
}

// ---- Answers made by touching a picture: say what was touched, in the picture's words.

function touchedFeedback(picture: Representation, answer: NumberAnswer, reading: ReadNumber): string | null {
  switch (picture.kind) {
    case 'number-line': {
      const note = sameValueAs(answer, reading) ?? reducedNote(reading, 'das ist dasselbe wie');
      return `Du hast ${shown(reading)} markiert${note}.`;
    }
    case 'fraction-parts':
      return shadedFeedback(reading);
    case 'place-value':
      return laidFeedback(picture.places, reading);
    case 'dot-field':
      return reading.form === 'integer' ? `Du hast ${dots(Number(reading.value.n))} markiert.` : null;
    default:
      return null;
  }
}

// "– das ist dasselbe wie 3/4" for a correct reading in another form, "– das ist nah genug an 374"
// within the tolerance; null when the reading is the solution as written or is not correct.
function sameValueAs(answer: NumberAnswer, reading: ReadNumber): string | null {
  const solution = solutionNumber(answer);
  if (solution === reading.text) return '';
  if (equals(reading.value, answer.value)) return ` – das ist dasselbe wie ${solution}`;
  return answer.tolerance && isWithin(answer, reading) ? ` – das ist nah genug an ${solution}` : null;
}

function reducedNote(reading: ReadNumber, words: string): string {
  return reading.typedFraction && !isTypedReduced(reading) ? ` – ${words} ${formatFraction(reading.value)}` : '';
}

function shadedFeedback(reading: ReadNumber): string | null {
  const typed = reading.typedFraction;
  if (!typed || reading.form !== 'fraction') return null;
  const [shaded, parts] = [typed.numerator, typed.denominator];
  const said = `Du hast ${shaded === 0n ? 'keinen' : shaded} von ${parts} Teilen gefärbt`;
  if (shaded === parts) return `${said} – das ist ein Ganzes.`;
  return `${said}${reducedNote(reading, 'das sind')}.`;
}

function laidFeedback(places: readonly Place[], reading: ReadNumber): string | null {
  if (reading.form !== 'integer' || reading.value.n < 0n) return null;
  const number = reading.value.n;
  const counts = places.map((place) => (number / PLACE_VALUES[place]) % 10n);
  // Not made of 0–9 counters in these columns (typed through the API, not touched): say nothing.
  if (counts.reduce((sum, count, i) => sum + count * PLACE_VALUES[places[i]!], 0n) !== number) return null;
  const named = places.map((place, i) => `${counts[i]} ${PLACE_NAMES[place][counts[i] === 1n ? 0 : 1]}`);
  const list = named.length === 1 ? named[0] : `${named.slice(0, -1).join(', ')} und ${named.at(-1)}`;
  return `Du hast ${list} gelegt – das ist die Zahl ${german(number)}.`;
}

// ---- Typed answers: another form of the right value, or the right value in a form not asked for.

function typedFeedback(answer: NumberAnswer, result: Graded, reading: ReadNumber, readAs: string): string | null {
  if (result === 'correct') {
    const same = sameValueAs(answer, reading);
    return same ? `Du hast ${readAs} geschrieben${same}. Richtig!` : null;
  }
  if (!equals(reading.value, answer.value)) return null;
  const because = whyNotAccepted(answer, reading);
  return because ? `Du hast ${readAs} geschrieben – der Wert stimmt, aber ${because}.` : null;
}

function whyNotAccepted(answer: NumberAnswer, reading: ReadNumber): string | null {
  if (answer.forms && !answer.forms.includes(reading.form))
    return `gefragt ist ${answer.forms.map((form) => FORM_NAMES[form]).join(' oder ')}`;
  if (answer.mustBeReduced && !isTypedReduced(reading)) return 'der Bruch ist noch nicht vollständig gekürzt';
  if (answer.denominator !== undefined && reading.typedFraction?.denominator !== BigInt(answer.denominator))
    return `gefragt ist der Nenner ${answer.denominator}`;
  return null;
}

// ---- Small helpers

// The solution's number as shown, without "x = " and the unit: what a reading's text is compared with.
function solutionNumber(answer: NumberAnswer): string {
  const shown = canonicalAnswer(answer);
  const parsed = parseAnswer(shown);
  return parsed.isReadable ? parsed.readings[0]!.text : shown;
}

function isWithin(answer: NumberAnswer, reading: ReadNumber): boolean {
  const tolerance = answer.tolerance!;
  const distance = reading.value.n * answer.value.d - answer.value.n * reading.value.d;
  const absolute = distance < 0n ? -distance : distance;
  return absolute * tolerance.d <= tolerance.n * reading.value.d * answer.value.d;
}

const dots = (count: number) => (count === 0 ? 'keinen Punkt' : count === 1 ? '1 Punkt' : `${german(count)} Punkte`);

const shown = (reading: ReadNumber) => (reading.form === 'integer' ? german(reading.value.n) : reading.text);

// Grouped as in the prompts ("1.234").
const german = (value: bigint | number) => Number(value).toLocaleString('de-DE');
