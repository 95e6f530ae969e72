// Every picture in the catalogue, over 200 seeds: it passes the picture schema as it is (no field
// outside it reaches the pupil), a picture to mark, shade or fill carries nothing that locates the
// answer, a number line's labels and marker positions are exact in the line's notation, and what
// the pupil's page submits for a touch (web/lernen/pictures/picture-answer.ts, the code the page
// runs) is judged correct at the right place and wrong at a wrong one.
import { parseAnswer } from '../../app/learning/tasks/answer-parser';
import { TEMPLATES, generateTask } from '../../app/learning/tasks/catalog';
import { checkAnswer } from '../../app/learning/tasks/check-answer';
import { PICTURE_TEMPLATES } from '../../app/learning/tasks/templates-pictures';
import { equals, rational } from '../../app/learning/tasks/rational';
import type { NumberAnswer, TaskContent, Template } from '../../app/learning/tasks/task-types';
import { ZRepresentation, type Representation } from '../../app/learning/representation';
import {
  coveredText,
  decimalText,
  isTouched,
  laidNumber,
  lineDenominator,
  PLACE_VALUES,
  positionCount,
  positionText,
  positionValue,
  shadedText,
  tickLabel,
  tickValue,
  type NumberLine,
} from '../../web/lernen/pictures/picture-answer';

const SEEDS = 200;
type Of<K extends Representation['kind']> = Extract<Representation, { kind: K }>;

const tasksOf = (template: Template) =>
  Array.from({ length: SEEDS }, (_, seed) => generateTask(template, seed)).filter((task) => task.representation);
const WITH_PICTURES = TEMPLATES.filter((template) => tasksOf(template).length > 0);
const valueOf = (text: string) => {
  const parsed = parseAnswer(text);
  return parsed.isReadable ? parsed.readings[0]!.value : null;
};
const judged = (task: TaskContent, text: string) => checkAnswer(task.answer, text).result;
const exactly = (value: { n: number; d: number }) => rational(value.n, value.d);

// Fields that would show where the answer is, per kind, on a picture the pupil answers by touching.
const LOCATING: Record<string, string[]> = {
  'number-line': ['pointTick', 'pointLabel'],
  'fraction-parts': ['shaded'],
  'place-value': ['tokens'],
  'dot-field': ['marked'],
};

// A number line's text in its label style, and that it reads back as exactly the value.
function expectExact(line: NumberLine, text: string, value: { n: number; d: number }) {
  const style = { integer: /^-?\d+$/, decimal: /^-?\d+(,\d+)?$/, fraction: /^-?\d+(\/\d+)?$/ }[line.labels];
  expect({ text, isInStyle: style.test(text.replace(/\./g, '')) }).toEqual({ text, isInStyle: true });
  expect(equals(valueOf(text.replace(/\./g, ''))!, exactly(value))).toBe(true);
}

function checkNumberLine(task: TaskContent, line: NumberLine) {
  for (let tick = 0; tick <= line.intervals; tick += line.labelEvery)
    expectExact(line, tickLabel(line, tick), tickValue(line, tick));
  if (line.mode !== 'mark') return;
  const texts = Array.from({ length: positionCount(line) + 1 }, (_, at) => positionText(line, at));
  texts.forEach((text, at) => expectExact(line, text, positionValue(line, at)));
  if (line.labels === 'fraction')
    for (const text of texts) expect(text).toMatch(new RegExp(`^-?\\d+(/${lineDenominator(line)})?$`));
  const verdicts = texts.map((text) => judged(task, text));
  expect(verdicts).not.toContain('unreadable');
  expect(verdicts).toContain('correct');
  expect(verdicts).toContain('wrong');
  // The right place is the one a careful pupil marks: the position nearest to the value.
  const answer = task.answer as NumberAnswer;
  const nearest = texts.reduce((best, _, at) => (closer(line, at, best, answer) ? at : best), 0);
  expect(verdicts[nearest]).toBe('correct');
}

function closer(line: NumberLine, at: number, than: number, answer: NumberAnswer): boolean {
  const gap = (position: number) => {
    const value = exactly(positionValue(line, position));
    const n = value.n * answer.value.d - answer.value.n * value.d;
    return Number(n < 0n ? -n : n) / Number(value.d * answer.value.d);
  };
  return gap(at) < gap(than);
}

function checkParts(task: TaskContent, parts: Of<'fraction-parts'>) {
  const { value } = task.answer as NumberAnswer;
  const shaded = (value.n * BigInt(parts.parts)) / value.d;
  expect((value.n * BigInt(parts.parts)) % value.d).toBe(0n);
  expect(judged(task, shadedText(Number(shaded), parts.parts))).toBe('correct');
  expect(judged(task, shadedText(Number(shaded) + (shaded < parts.parts ? 1 : -1), parts.parts))).toBe('wrong');
}

function checkPlaceValue(task: TaskContent, chart: Of<'place-value'>) {
  const number = Number((task.answer as NumberAnswer).value.n);
  const counts = chart.places.map((place) => Math.floor(number / PLACE_VALUES[place]) % 10);
  expect(laidNumber(chart.places, counts)).toBe(String(number));
  expect(judged(task, laidNumber(chart.places, counts))).toBe('correct');
  const changed = counts.map((count, i) => (i === counts.length - 1 ? (count + 1) % 10 : count));
  expect(judged(task, laidNumber(chart.places, changed))).toBe('wrong');
}

function checkDotField(task: TaskContent, field: Of<'dot-field'>) {
  const count = Number((task.answer as NumberAnswer).value.n);
  const ways = [];
  for (let rows = 1; rows <= field.rows; rows++)
    if (count % rows === 0 && count / rows <= field.columns) ways.push([rows, count / rows] as const);
  expect(ways.length).toBeGreaterThan(0);
  const [rows, columns] = ways[0]!;
  expect(judged(task, coveredText(rows, columns))).toBe('correct');
  expect(judged(task, coveredText(rows, columns === 1 ? 2 : columns - 1))).toBe('wrong');
}

describe('the picture templates (pi-)', () => {
  it('when the group is counted, then it has at least 10 templates touching every kind of picture', () => {
    expect(PICTURE_TEMPLATES.length).toBeGreaterThanOrEqual(10);
    expect(PICTURE_TEMPLATES.every((t) => t.id.startsWith('pi-'))).toBe(true);
    const kinds = new Set(
      PICTURE_TEMPLATES.map((t) => generateTask(t, 0).representation!).map(
        (p) => `${p.kind}:${'mode' in p ? p.mode : ''}`,
      ),
    );
    expect([...kinds].sort()).toEqual([
      'dot-field:mark',
      'fraction-parts:shade',
      'number-line:mark',
      'place-value:fill',
    ]);
  });

  it('when a number line to 1,000 snaps to tens, then its prompt states the tolerance', () => {
    const task = generateTask(
      PICTURE_TEMPLATES.find((t) => t.id === 'pi-line-1000')!,
      7,
    );
    expect((task.answer as NumberAnswer).tolerance).toEqual(rational(10));
    expect(task.prompt).toMatch(/auf 10 genau/i);
  });
});

describe.each(WITH_PICTURES.map((t) => [`${t.id}@${t.version}`, t] as const))('pictures of %s', (_key, template) => {
  const tasks = tasksOf(template);

  it('when served, then the picture passes its schema unchanged and carries nothing that locates a touched answer', () => {
    for (const task of tasks) {
      const parsed = ZRepresentation.safeParse(task.representation);
      expect(parsed.success).toBe(true);
      expect(parsed.data).toEqual(task.representation); // no field outside the schema
      const picture = task.representation!;
      if (isTouched(picture)) {
        expect(task.answer.kind).toBe('number');
        expect(Object.keys(picture).filter((key) => LOCATING[picture.kind]?.includes(key))).toEqual([]);
      }
    }
  });

  it('when the pupil touches the right place, then the submitted text is correct; at a wrong place, wrong', () => {
    for (const task of tasks) {
      const picture = task.representation!;
      if (picture.kind === 'number-line') checkNumberLine(task, picture);
      else if (!isTouched(picture)) continue;
      else if (picture.kind === 'fraction-parts') checkParts(task, picture);
      else if (picture.kind === 'place-value') checkPlaceValue(task, picture);
      else if (picture.kind === 'dot-field') checkDotField(task, picture);
    }
  });
});

describe('exact texts of the page', () => {
  it('when values have finite decimals, then they are written exactly with a comma, never with float noise', () => {
    expect(decimalText({ n: 3, d: 10 })).toBe('0,3');
    expect(decimalText({ n: 7, d: 100 })).toBe('0,07');
    expect(decimalText({ n: -3, d: 2 })).toBe('-1,5');
    expect(decimalText({ n: 1, d: 3 })).toBeNull();
    const line: NumberLine = {
      kind: 'number-line',
      mode: 'mark',
      start: 0,
      end: 1,
      intervals: 10,
      labelEvery: 1,
      labels: 'decimal',
      snapsPerInterval: 10,
    };
    expect(Array.from({ length: 101 }, (_, at) => positionText(line, at)).filter((t) => t.length > 4)).toEqual([]);
    expect(positionText(line, 30)).toBe('0,3');
    expect(positionText({ ...line, labels: 'fraction', snapsPerInterval: 1, intervals: 8 }, 6)).toBe('6/8');
    expect(positionText({ ...line, labels: 'integer', end: 1000, snapsPerInterval: 10 }, 37)).toBe('370');
  });
});
