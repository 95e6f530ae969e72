// The pupils' working endpoints: topics, a task served (an attempt opened), the answer submitted.
import { z } from 'zod';
import { endpoint, ZTimestamp } from '../api/endpoint';
import { REPRESENTATION_KINDS, ZRepresentation } from './representation';
import { UNITS } from './units';
import { TOPIC_IDS } from './topics';

export const ZTemplateId = z.string().regex(/^[a-z0-9-]{1,64}$/, 'must be a task template id');
export const ZTopicId = z.enum(TOPIC_IDS, { error: 'unknown topic' });

export const ZStartAttempt = z
  .object({ topic: ZTopicId.optional(), templateId: ZTemplateId.optional(), assignmentId: z.uuid().optional() })
  .strict();

export const ZSubmitAttempt = z
  .object({
    answer: z.string().max(200, 'an answer has at most 200 characters'),
    // Time the page was visible, focused and not idle, as the client measured it (ms).
    activeMs: z.number().int().min(0).max(86_400_000).optional(),
  })
  .strict();

export const ZAttemptId = z.object({ id: z.uuid('must be an attempt id') });

// A topic with its task types (templates), so a teacher can assign one kind of task.
export const ZTaskType = z.object({ id: ZTemplateId, title: z.string() });
export const ZTopic = z.object({ id: ZTopicId, name: z.string(), templates: z.array(ZTaskType) });

// What the pupil sees of a task: the question, for choice and ordering tasks the options, the
// unit the question asks for (for the keypad's unit key) and the picture (see representation.ts:
// the picture's own schema is the allowlist; a picture to mark, shade or fill locates no answer).
export const ZPublicTask = z.object({
  prompt: z.string(),
  kind: z.enum(['number', 'choice', 'order']),
  unit: z.enum(UNITS).optional(),
  options: z.array(z.string()).optional(),
  items: z.array(z.string()).optional(),
  representation: ZRepresentation.optional(),
});

export const ZServedAttempt = z.object({
  attemptId: z.uuid(),
  assignmentId: z.uuid().nullable(),
  topic: ZTopicId,
  templateId: z.string(),
  templateVersion: z.number().int(),
  difficulty: z.number().int(),
  startedAt: ZTimestamp,
  expiresAt: ZTimestamp,
  task: ZPublicTask,
});

export const ZAttemptResult = z.object({
  attemptId: z.uuid(),
  result: z.enum(['correct', 'wrong', 'unreadable']),
  // How the answer was read (normalised), null when it could not be read.
  readAs: z.string().nullable(),
  // The answer carried another unit than the task asks for (asked null: the task asks for none).
  unitHint: z.object({ typed: z.enum(UNITS), asked: z.enum(UNITS).nullable() }).nullable(),
  // Once the attempt is closed (never after an unreadable answer: the pupil tries again).
  solution: z.string().nullable(),
  // How the answer was read, in a German sentence, when that helps ("Du hast 6 von 8 Teilen
  // gefärbt – das sind 3/4."); the task's hint after a wrong answer. Both null when unreadable.
  feedback: z.string().nullable(),
  hint: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  activeMs: z.number().int().nullable(),
  isRepeat: z.boolean(),
});

export const listTopics = endpoint({
  method: 'get',
  path: '/topics',
  roles: ['pupil', 'teacher', 'school-admin'],
  summary: 'Task topics with their task types',
  responses: {
    200: {
      description: 'The topics, each with its task types',
      schema: z.object({
        topics: z.array(ZTopic),
        // The task types that draw a picture, and which (number line, fraction parts, …).
        pictures: z.record(ZTemplateId, z.enum(REPRESENTATION_KINDS)),
      }),
    },
  },
});

export const startAttempt = endpoint({
  method: 'post',
  path: '/attempts',
  roles: ['pupil'],
  summary: 'Serve a task and open an attempt (of a topic, a template or an assignment)',
  body: ZStartAttempt,
  responses: { 201: { description: 'The task (never its solution)', schema: ZServedAttempt } },
  errors: { 404: 'No such assignment, or no template matches' },
});

export const submitAttempt = endpoint({
  method: 'post',
  path: '/attempts/:id/submit',
  roles: ['pupil'],
  summary: 'Submit the answer; a repeat returns the first result; an unreadable answer keeps the attempt open',
  params: ZAttemptId,
  body: ZSubmitAttempt,
  responses: { 200: { description: 'The result', schema: ZAttemptResult } },
  errors: { 404: 'Not this pupil’s attempt', 409: 'Expired' },
});

export const LEARNING_ENDPOINTS = [listTopics, startAttempt, submitAttempt];
