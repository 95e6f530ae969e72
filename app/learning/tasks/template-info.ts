// What each template is, for people who read results without the code: the research codebook and
// the exports' `representation` column. A template draws the same kind of picture for every seed
// (the catalogue test holds each template to it), so seed 0 tells.
import { RETIRED_TEMPLATES, TEMPLATES, generateTask } from './catalog';
import { TOPICS } from '../topics';
import type { RepresentationKind } from '../representation';
import type { Template } from './task-types';

export type TemplateInfo = {
  id: string;
  version: number;
  title: string;
  topic: string;
  topicName: string;
  grade: number;
  difficulty: number;
  answerKind: 'number' | 'choice' | 'order';
  representation: RepresentationKind | 'none';
  isServed: boolean;
};

function describe(template: Template, isServed: boolean): TemplateInfo {
  const task = generateTask(template, 0);
  return {
    id: template.id,
    version: template.version,
    title: template.title,
    topic: template.topic,
    topicName: TOPICS[template.topic],
    grade: template.grade,
    difficulty: template.difficulty,
    answerKind: task.answer.kind,
    representation: task.representation?.kind ?? 'none',
    isServed,
  };
}

let infos: Map<string, TemplateInfo> | null = null;

function allInfos(): Map<string, TemplateInfo> {
  infos ??= new Map(
    [...RETIRED_TEMPLATES.map((t) => describe(t, false)), ...TEMPLATES.map((t) => describe(t, true))].map((info) => [
      `${info.id}@${info.version}`,
      info,
    ]),
  );
  return infos;
}

export function templateCatalogue(): TemplateInfo[] {
  return [...allInfos().values()];
}

// 'none' for a template without a picture, and for one the catalogue no longer knows.
export function representationOf(templateId: string, version: number): RepresentationKind | 'none' {
  return allInfos().get(`${templateId}@${version}`)?.representation ?? 'none';
}
