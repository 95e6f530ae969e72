import { schoolCallerOf } from '../access';
import { route } from '../api';
import type { Databases } from '../lib/db';
import { startAttempt, submitAttempt } from './attempts.service';
import * as contract from './learning.contract';
import type { ServedAttempts } from './served-attempts';
import { TOPICS } from './topics';

export function learningRoutes(dbs: Databases, servedAttempts: ServedAttempts) {
  const topics = Object.entries(TOPICS).map(([id, name]) => ({ id, name }));
  return [
    route(contract.listTopics, () => ({ topics })),
    route(contract.startAttempt, ({ req, body }) =>
      startAttempt(dbs.schoolDb, dbs.appPool, servedAttempts, schoolCallerOf(req), body),
    ),
    route(contract.submitAttempt, ({ req, params, body }) =>
      submitAttempt(dbs.appPool, servedAttempts, schoolCallerOf(req), params.id, body),
    ),
  ];
}
