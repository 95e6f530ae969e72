// Task templates: whole numbers, arithmetic, written algorithms, negative numbers, divisibility, money,
// time spans. (Collects the templates of this group's files.)
import type { Template } from './task-types';
import { DIVISIBILITY_TEMPLATES } from './templates-numbers-divisibility';
import { LARGE_NUMBER_TEMPLATES } from './templates-numbers-large';
import { LARGE_NUMBER_LINE_TEMPLATES } from './templates-numbers-large-lines';
import { MENTAL_TEMPLATES } from './templates-numbers-mental';
import { MONEY_TEMPLATES } from './templates-numbers-money';
import { NEGATIVE_TEMPLATES } from './templates-numbers-negative';
import { OPERATION_TEMPLATES } from './templates-numbers-operations';
import { PLACE_VALUE_TEMPLATES } from './templates-numbers-place-value';
import { ROUNDING_TEMPLATES } from './templates-numbers-rounding';
import { TIME_TEMPLATES } from './templates-numbers-time';
import { WRITTEN_ADD_TEMPLATES } from './templates-numbers-written-add';
import { WRITTEN_MUL_TEMPLATES } from './templates-numbers-written-mul';
import { WHOLE_NUMBER_RETIRED } from './templates-whole-numbers';

export const NUMBER_TEMPLATES: Template[] = [
  ...PLACE_VALUE_TEMPLATES,
  ...LARGE_NUMBER_TEMPLATES,
  ...LARGE_NUMBER_LINE_TEMPLATES,
  ...ROUNDING_TEMPLATES,
  ...MENTAL_TEMPLATES,
  ...WRITTEN_ADD_TEMPLATES,
  ...WRITTEN_MUL_TEMPLATES,
  ...OPERATION_TEMPLATES,
  ...NEGATIVE_TEMPLATES,
  ...DIVISIBILITY_TEMPLATES,
  ...MONEY_TEMPLATES,
  ...TIME_TEMPLATES,
];
// Earlier versions of templates whose output changed: still graded, never served.
export const NUMBER_RETIRED: Template[] = [...WHOLE_NUMBER_RETIRED];
