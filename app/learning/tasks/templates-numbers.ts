// Task templates: whole numbers, arithmetic, written algorithms, negative numbers, divisibility, money, time spans. (Collects the templates of this group's files.)
import type { Template } from './task-types';

export const NUMBER_TEMPLATES: Template[] = [];
// Earlier versions of templates whose output changed: still graded, never served.
export const NUMBER_RETIRED: Template[] = [];
