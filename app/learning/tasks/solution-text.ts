// The solution as shown to the pupil after submitting, in the form the task asks for: a fraction or
// a mixed number where the task is about those, money with two decimals and "€", the unit the task
// asks for, "x = 42" for equations, and a choice by its letter and its text ("C (6/8)"). Typed in,
// every solution shown here is itself judged correct (the catalogue tests hold each template to it).
import { formatDecimal, formatFraction, formatMixed, formatWithPlaces, type Rational } from './rational';
import type { Answer, NumberAnswer, NumberForm } from './task-types';
import { unitSuffix } from './units';

export const LETTERS = 'ABCDEFGH';
const PREFERRED_FORMS: NumberForm[] = ['decimal', 'integer', 'fraction', 'mixed'];

function inForm(value: Rational, form: NumberForm): string {
  if (form === 'mixed') return formatMixed(value);
  if (form === 'decimal') return formatDecimal(value) ?? formatFraction(value);
  return formatFraction(value);
}

function numberSolution(answer: NumberAnswer): string {
  const { value, denominator, unit, variable } = answer;
  const form = answer.shownAs ?? PREFERRED_FORMS.find((f) => !answer.forms || answer.forms.includes(f))!;
  const number =
    denominator !== undefined
      ? `${(value.n * BigInt(denominator)) / value.d}/${denominator}`
      : unit === '€'
        ? (formatWithPlaces(value, 2) ?? inForm(value, form))
        : inForm(value, form);
  return `${variable ? `${variable} = ` : ''}${number}${unitSuffix(unit)}`;
}

export function canonicalAnswer(answer: Answer): string {
  switch (answer.kind) {
    case 'number':
      return numberSolution(answer);
    case 'choice':
      return `${LETTERS[answer.correct]} (${answer.options[answer.correct]})`;
    case 'order': {
      const letters = answer.correctOrder.map((i) => LETTERS[i]).join(', ');
      return `${letters} (${answer.correctOrder.map((i) => answer.items[i]).join('; ')})`;
    }
  }
}
