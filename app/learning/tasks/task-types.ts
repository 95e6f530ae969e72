import type { Rational } from './rational';
import type { Representation } from '../representation';
import type { Unit } from './units';

import type { TopicId } from '../topics';

export type { TopicId };

export type NumberForm = 'integer' | 'decimal' | 'fraction' | 'mixed';

export type NumberAnswer = {
  kind: 'number';
  value: Rational;
  // Only these written forms count (e.g. a reduced fraction when the task asks to reduce).
  forms?: NumberForm[];
  mustBeReduced?: boolean;
  // The fraction must be written with exactly this denominator ("Erweitere 2/3 mit 4": 8/12).
  denominator?: number;
  // The unit the task asks for ("? cm"): the answer may carry it or not; another unit is wrong.
  unit?: Unit;
  // The answer may be written as an equation for this variable ("x = 42").
  variable?: 'x';
  // The form the solution is shown in after submitting (default: a decimal where it has one).
  shownAs?: NumberForm;
  // A reading this close to the value counts as correct (marking a point on a number line); the
  // prompt states it ("auf 10 genau"). Compared exactly, as rationals.
  tolerance?: Rational;
};
export type ChoiceAnswer = { kind: 'choice'; options: string[]; correct: number };
export type OrderAnswer = { kind: 'order'; items: string[]; correctOrder: number[] };
export type Answer = NumberAnswer | ChoiceAnswer | OrderAnswer;

export type TaskContent = {
  prompt: string;
  answer: Answer;
  // A picture the pupil's page draws; see ../representation.ts.
  representation?: Representation;
  // Shown with a wrong answer: what helps with this task ("Denk an den Übertrag."). German.
  hint?: string;
};

export type Random = { int(min: number, max: number): number; pick<T>(items: readonly T[]): T };

export type Template = {
  id: string;
  // What a teacher picks when assigning this kind of task (German, short).
  title: string;
  version: number;
  topic: TopicId;
  difficulty: 1 | 2 | 3;
  grade: 3 | 4 | 5 | 6;
  generate(random: Random): TaskContent;
};
