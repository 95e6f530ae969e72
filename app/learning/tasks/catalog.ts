// The catalogue: topics and their templates, found by id and version. Generating a task is pure:
// the same (template, version, seed) always gives the same prompt and answer. A template whose
// output changes gets a new version; the old version is kept in RETIRED_TEMPLATES so that attempts
// served with it can still be graded and shown, but it is never served again.
import { seededRandom } from './random';
import { FRACTION_TEMPLATES } from './templates-fractions';
import { MORE_RETIRED, MORE_TEMPLATES } from './templates-more';
import { NUMBER_RETIRED, NUMBER_TEMPLATES } from './templates-numbers';
import { PICTURE_RETIRED, PICTURE_TEMPLATES } from './templates-pictures';
import { WHOLE_NUMBER_TEMPLATES } from './templates-whole-numbers';
import type { TopicId } from '../topics';
import type { TaskContent, Template } from './task-types';

export const TEMPLATES: readonly Template[] = [
  ...WHOLE_NUMBER_TEMPLATES,
  ...FRACTION_TEMPLATES,
  ...NUMBER_TEMPLATES,
  ...MORE_TEMPLATES,
  ...PICTURE_TEMPLATES,
];
export const RETIRED_TEMPLATES: readonly Template[] = [...NUMBER_RETIRED, ...MORE_RETIRED, ...PICTURE_RETIRED];

const byKey = new Map(
  [...RETIRED_TEMPLATES, ...TEMPLATES].map((template) => [`${template.id}@${template.version}`, template]),
);

export function findTemplate(id: string, version: number): Template | undefined {
  return byKey.get(`${id}@${version}`);
}

export function generateTask(template: Template, seed: number): TaskContent {
  return template.generate(seededRandom(template.id, template.version, seed));
}

export function templatesOfTopic(topic: TopicId): Template[] {
  return TEMPLATES.filter((template) => template.topic === topic);
}
