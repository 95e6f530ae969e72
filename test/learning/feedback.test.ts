// The sentence a pupil reads after a submit (how the answer was read, when that helps) and the hint
// after a wrong answer: plain tasks in, German out, as checkAnswer reads the answers.
import { checkAnswer } from '../../app/learning/tasks/check-answer';
import { explainResult } from '../../app/learning/tasks/feedback';
import { rational } from '../../app/learning/tasks/rational';
import type { NumberAnswer, TaskContent } from '../../app/learning/tasks/task-types';
import type { Representation } from '../../app/learning/representation';

const HINT = 'Denk an gleich große Teile.';
const task = (answer: Partial<NumberAnswer>, representation?: Representation): TaskContent => ({
  prompt: 'Aufgabe',
  answer: { kind: 'number', value: rational(3, 4), ...answer },
  hint: HINT,
  ...(representation ? { representation } : {}),
});
// As the server does it: grade, store the reading, explain from the stored reading.
const explain = (content: TaskContent, typed: string) => {
  const checked = checkAnswer(content.answer, typed);
  return { result: checked.result, ...explainResult(content, checked.result, checked.readAs) };
};

const bar = (parts: number): Representation => ({ kind: 'fraction-parts', mode: 'shade', shape: 'bar', parts });
const line: Representation = {
  kind: 'number-line',
  mode: 'mark',
  start: 0,
  end: 1,
  intervals: 8,
  labelEvery: 8,
  labels: 'fraction',
};

describe('feedback on a typed answer', () => {
  it('when a correct answer is written in another form than the solution, then it says both are the same', () => {
    expect(explain(task({ shownAs: 'fraction' }), '0,75')).toEqual({
      result: 'correct',
      feedback: 'Du hast 0,75 geschrieben – das ist dasselbe wie 3/4. Richtig!',
      hint: null,
    });
    expect(explain(task({ shownAs: 'fraction' }), '6/8').feedback).toBe(
      'Du hast 6/8 geschrieben – das ist dasselbe wie 3/4. Richtig!',
    );
  });

  it('when a correct answer is written as the solution is, then there is nothing to add', () => {
    expect(explain(task({ shownAs: 'fraction' }), '3/4')).toEqual({ result: 'correct', feedback: null, hint: null });
    expect(explain(task({ value: rational(300), unit: 'cm' }), '300')).toMatchObject({ feedback: null });
    expect(explain(task({ value: rational(42), variable: 'x' }), '42')).toMatchObject({ feedback: null });
  });

  it('when an answer within the stated tolerance is not the exact value, then it says it is close enough', () => {
    const rough = task({ value: rational(374), tolerance: rational(10) });
    expect(explain(rough, '370').feedback).toBe('Du hast 370 geschrieben – das ist nah genug an 374. Richtig!');
  });

  it('when the value is right but not in the form asked, then it says what is asked and gives the hint', () => {
    expect(explain(task({ forms: ['decimal'] }), '3/4')).toEqual({
      result: 'wrong',
      feedback: 'Du hast 3/4 geschrieben – der Wert stimmt, aber gefragt ist eine Dezimalzahl.',
      hint: HINT,
    });
    expect(explain(task({ value: rational(2, 3), mustBeReduced: true }), '10/15').feedback).toBe(
      'Du hast 10/15 geschrieben – der Wert stimmt, aber der Bruch ist noch nicht vollständig gekürzt.',
    );
    expect(explain(task({ value: rational(2, 3), denominator: 12 }), '2/3').feedback).toBe(
      'Du hast 2/3 geschrieben – der Wert stimmt, aber gefragt ist der Nenner 12.',
    );
  });

  it('when an answer is simply wrong, then there is no sentence but the hint', () => {
    expect(explain(task({}), '2/3')).toEqual({ result: 'wrong', feedback: null, hint: HINT });
  });

  it('when an answer cannot be read, then there is neither a sentence nor a hint', () => {
    expect(explain(task({}), 'drei Viertel')).toEqual({ result: 'unreadable', feedback: null, hint: null });
  });

  it('when a choice task is answered wrong, then only the hint is given', () => {
    const choice: TaskContent = {
      prompt: '?',
      answer: { kind: 'choice', options: ['<', '>'], correct: 1 },
      hint: HINT,
    };
    expect(explain(choice, 'A')).toEqual({ result: 'wrong', feedback: null, hint: HINT });
    expect(explain(choice, 'B')).toEqual({ result: 'correct', feedback: null, hint: null });
  });
});

describe('feedback on an answer made by touching a picture', () => {
  it('when 6 of 8 parts are shaded for 3/4, then it says so and that this is 3/4', () => {
    expect(explain(task({ shownAs: 'fraction' }, bar(8)), '6/8')).toEqual({
      result: 'correct',
      feedback: 'Du hast 6 von 8 Teilen gefärbt – das sind 3/4.',
      hint: null,
    });
  });

  it('when the wrong number of parts is shaded, then it says what was shaded and gives the hint', () => {
    expect(explain(task({}, bar(8)), '3/8')).toEqual({
      result: 'wrong',
      feedback: 'Du hast 3 von 8 Teilen gefärbt.',
      hint: HINT,
    });
    expect(explain(task({}, bar(8)), '8/8').feedback).toBe('Du hast 8 von 8 Teilen gefärbt – das ist ein Ganzes.');
  });

  it('when a point is marked on a number line, then it says which value was marked, in the line’s notation', () => {
    const integers: Representation = { ...line, end: 100, intervals: 10, labelEvery: 1, labels: 'integer' };
    expect(explain(task({ value: rational(37) }, integers), '37').feedback).toBe('Du hast 37 markiert.');
    expect(explain(task({ value: rational(37) }, integers), '38')).toMatchObject({
      feedback: 'Du hast 38 markiert.',
      hint: HINT,
    });
    expect(explain(task({ shownAs: 'fraction' }, line), '6/8').feedback).toBe(
      'Du hast 6/8 markiert – das ist dasselbe wie 3/4.',
    );
    expect(explain(task({ value: rational(374), tolerance: rational(10) }, integers), '380').feedback).toBe(
      'Du hast 380 markiert – das ist nah genug an 374.',
    );
  });

  it('when counters are laid in a place-value chart, then it names each column and the number', () => {
    const chart: Representation = { kind: 'place-value', mode: 'fill', places: ['T', 'H', 'Z', 'E'] };
    expect(explain(task({ value: rational(1307) }, chart), '1307').feedback).toBe(
      'Du hast 1 Tausender, 3 Hunderter, 0 Zehner und 7 Einer gelegt – das ist die Zahl 1.307.',
    );
    const millions: Representation = {
      kind: 'place-value',
      mode: 'fill',
      places: ['M', 'HT', 'ZT', 'T', 'H', 'Z', 'E'],
    };
    expect(explain(task({ value: rational(2_100_000) }, millions), '2100000').feedback).toMatch(
      /^Du hast 2 Millionen, 1 Hunderttausender, 0 Zehntausender, .* das ist die Zahl 2\.100\.000\.$/,
    );
  });

  it('when the Malwinkel is laid on a dot field, then it says how many dots it shows', () => {
    const field: Representation = { kind: 'dot-field', mode: 'mark', rows: 10, columns: 20 };
    expect(explain(task({ value: rational(28) }, field), '28').feedback).toBe('Du hast 28 Punkte markiert.');
    expect(explain(task({ value: rational(28) }, field), '1').feedback).toBe('Du hast 1 Punkt markiert.');
  });

  it('when a picture is only to be read, then a typed answer gets the typed-answer sentence', () => {
    const shown: Representation = {
      kind: 'fraction-parts',
      mode: 'read',
      shape: 'circle',
      parts: 4,
      shaded: [0, 1, 2],
    };
    expect(explain(task({ shownAs: 'fraction' }, shown), '0,75').feedback).toBe(
      'Du hast 0,75 geschrieben – das ist dasselbe wie 3/4. Richtig!',
    );
  });
});
