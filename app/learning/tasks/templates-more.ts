// Task templates: fractions and decimals arithmetic, ratio, units, geometry, data, chance, word problems.
// (Collects the templates of this group's files.)
import type { Template } from './task-types';
import { FRACTION_RETIRED } from './templates-fractions';
import { AREA_TEMPLATES } from './templates-more-area';
import { ANGLE_TEMPLATES } from './templates-more-angles';
import { CHANCE_TEMPLATES } from './templates-more-chance';
import { DATA_TEMPLATES } from './templates-more-data';
import { DECIMAL_ARITHMETIC_TEMPLATES } from './templates-more-decimal-arithmetic';
import { DECIMAL_TEMPLATES } from './templates-more-decimals';
import { FRACTION_ARITHMETIC_TEMPLATES } from './templates-more-fraction-arithmetic';
import { FRACTION_PICTURE_TEMPLATES } from './templates-more-fraction-pictures';
import { RATIO_TEMPLATES } from './templates-more-ratio';
import { SHAPE_TEMPLATES } from './templates-more-shapes';
import { UNIT_TEMPLATES } from './templates-more-units';
import { WORD_PROBLEMS_A } from './templates-more-word-problems-a';
import { WORD_PROBLEMS_B } from './templates-more-word-problems-b';

export const MORE_TEMPLATES: Template[] = [
  ...FRACTION_PICTURE_TEMPLATES,
  ...FRACTION_ARITHMETIC_TEMPLATES,
  ...DECIMAL_TEMPLATES,
  ...DECIMAL_ARITHMETIC_TEMPLATES,
  ...RATIO_TEMPLATES,
  ...UNIT_TEMPLATES,
  ...SHAPE_TEMPLATES,
  ...AREA_TEMPLATES,
  ...ANGLE_TEMPLATES,
  ...DATA_TEMPLATES,
  ...CHANCE_TEMPLATES,
  ...WORD_PROBLEMS_A,
  ...WORD_PROBLEMS_B,
];
// Earlier versions of templates whose output changed: still graded, never served. Version 1 of
// the templates in templates-fractions.ts is among them.
export const MORE_RETIRED: Template[] = [...FRACTION_RETIRED];
