// The catalogue: topics and their templates, found by id and version. Generating a task is pure:
// the same (template, version, seed) always gives the same prompt and answer.
import { seededRandom } from './random';
import { FRACTION_TEMPLATES } from './templates-fractions';
import { WHOLE_NUMBER_TEMPLATES } from './templates-whole-numbers';
import type { TopicId } from '../topics';
import type { TaskContent, Template } from './task-types';

export const TEMPLATES: readonly Template[] = [...WHOLE_NUMBER_TEMPLATES, ...FRACTION_TEMPLATES];

const byKey = new Map(TEMPLATES.map((template) => [`${template.id}@${template.version}`, template]));

export function findTemplate(id: string, version: number): Template | undefined {
  return byKey.get(`${id}@${version}`);
}

export function generateTask(template: Template, seed: number): TaskContent {
  return template.generate(seededRandom(template.id, template.version, seed));
}

export function templatesOfTopic(topic: TopicId): Template[] {
  return TEMPLATES.filter((template) => template.topic === topic);
}
