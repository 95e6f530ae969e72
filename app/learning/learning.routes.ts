import { schoolCallerOf } from '../access';
import { route } from '../api';
import type { Databases } from '../lib/db';
import { startAttempt, submitAttempt } from './attempts.service';
import * as contract from './learning.contract';
import type { ServedAttempts } from './served-attempts';
import { TEMPLATES, templatesOfTopic } from './tasks/catalog';
import type { RepresentationKind } from './representation';
import { representationOf } from './tasks/template-info';
import { TOPICS, type TopicId } from './topics';

export function learningRoutes(dbs: Databases, servedAttempts: ServedAttempts) {
  const pictures = picturesOfTaskTypes();
  const topics = Object.entries(TOPICS).map(([id, name]) => ({ id, name, templates: taskTypesOf(id as TopicId) }));
  return [
    route(contract.listTopics, () => ({ topics, pictures })),
    route(contract.startAttempt, ({ req, body }) =>
      startAttempt(dbs.schoolDb, dbs.appPool, servedAttempts, schoolCallerOf(req), body),
    ),
    route(contract.submitAttempt, ({ req, params, body }) =>
      submitAttempt(dbs.appPool, servedAttempts, schoolCallerOf(req), params.id, body),
    ),
  ];
}

// One entry per template id (its newest version's title), in the catalogue's order.
function taskTypesOf(topic: TopicId) {
  const titles = new Map(templatesOfTopic(topic).map((template) => [template.id, template.title]));
  return [...titles].map(([id, title]) => ({ id, title }));
}

// The served task types that draw a picture, by id.
function picturesOfTaskTypes() {
  const pictures: Record<string, RepresentationKind> = {};
  for (const { id, version } of TEMPLATES) {
    const kind = representationOf(id, version);
    if (kind !== 'none') pictures[id] = kind;
  }
  return pictures;
}
