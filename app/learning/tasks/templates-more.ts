// Task templates: fractions and decimals arithmetic, ratio, units, geometry, data, chance, word problems. (Collects the templates of this group's files.)
import type { Template } from './task-types';

export const MORE_TEMPLATES: Template[] = [];
// Earlier versions of templates whose output changed: still graded, never served.
export const MORE_RETIRED: Template[] = [];
