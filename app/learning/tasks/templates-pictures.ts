// Task templates: tasks answered by touching a picture. (Collects the templates of this group's files.)
import type { Template } from './task-types';

export const PICTURE_TEMPLATES: Template[] = [];
// Earlier versions of templates whose output changed: still graded, never served.
export const PICTURE_RETIRED: Template[] = [];
