import { Router } from 'express';
import { z } from 'zod';
import { schoolCaller, secureRoute } from '../auth';
import type { Databases } from '../lib/db';
import { assignToClass, openAssignments } from './assignments.service';
import { startAttempt, submitAttempt } from './attempts.service';
import type { OpenAttempts } from './open-attempts';
import { TOPICS } from './tasks/catalog';

const topicIds = Object.keys(TOPICS) as [keyof typeof TOPICS, ...(keyof typeof TOPICS)[]];
export const ZStartAttempt = z
  .object({
    topic: z.enum(topicIds).optional(),
    templateId: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
    assignmentId: z.uuid().optional(),
  })
  .strict();
const ZDueAt = z.iso
  .datetime({ offset: true, error: 'dueAt must be an ISO date-time, e.g. 2026-12-01T08:00:00Z' })
  .transform((value) => new Date(value));
export const ZAssign = z
  .object({
    topic: z.enum(topicIds).optional(),
    templateId: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
    dueAt: ZDueAt.optional(),
  })
  .strict()
  .refine(
    (body) => (body.topic === undefined) !== (body.templateId === undefined),
    'send either "topic" or "templateId"',
  );
export const ZSubmitAttempt = z
  .object({
    answer: z.string().max(200, 'an answer has at most 200 characters'),
    // Time the page was visible, focused and not idle, as the client measured it (ms).
    activeMs: z.number().int().min(0).max(86_400_000).optional(),
  })
  .strict();
const ZAttemptId = z.object({ id: z.uuid('must be an attempt id') });
const ZClassId = z.object({ id: z.uuid('must be a class id') });

export function attemptRoutes(dbs: Databases, openAttempts: OpenAttempts): Router {
  const router = Router();

  secureRoute(router, 'get', '/topics', ['pupil', 'teacher', 'school-admin'], (_req, res) => {
    res.json({ topics: Object.entries(TOPICS).map(([id, name]) => ({ id, name })) });
  });

  secureRoute(router, 'post', '/classes/:id/assignments', ['teacher', 'school-admin'], async (req, res) => {
    res
      .status(201)
      .json(await assignToClass(dbs.app, schoolCaller(req), ZClassId.parse(req.params).id, ZAssign.parse(req.body)));
  });

  secureRoute(router, 'get', '/me/assignments', ['pupil'], async (req, res) => {
    res.json({ assignments: await openAssignments(dbs.app, schoolCaller(req)) });
  });

  secureRoute(router, 'post', '/attempts', ['pupil'], async (req, res) => {
    res
      .status(201)
      .json(
        await startAttempt(dbs.app, dbs.appPool, openAttempts, schoolCaller(req), ZStartAttempt.parse(req.body ?? {})),
      );
  });

  secureRoute(router, 'post', '/attempts/:id/submit', ['pupil'], async (req, res) => {
    const { id } = ZAttemptId.parse(req.params);
    res.json(await submitAttempt(dbs.appPool, openAttempts, schoolCaller(req), id, ZSubmitAttempt.parse(req.body)));
  });

  return router;
}
