// Task templates: tasks answered by touching pictures (a number line to mark, parts to shade, a
// place-value chart to fill, a dot field's Malwinkel to move). Collects the templates of this
// group's files.
import type { Template } from './task-types';
import { NUMBER_LINE_TEMPLATES } from './templates-pictures-lines';
import { TOUCH_TEMPLATES } from './templates-pictures-touch';

export const PICTURE_TEMPLATES: Template[] = [...NUMBER_LINE_TEMPLATES, ...TOUCH_TEMPLATES];
// Earlier versions of templates whose output changed: still graded, never served.
export const PICTURE_RETIRED: Template[] = [];
