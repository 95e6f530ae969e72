import { z } from 'zod';
import { ZTimestamp } from '../api/endpoint';
import { ZTemplateId, ZTopicId } from '../learning/learning.contract';

export const ZCreateClass = z
  .object({
    name: z.string().trim().min(1, 'a class needs a name').max(50),
    grade: z.number().int().min(1).max(13),
    schoolYear: z.string().regex(/^20\d{2}\/\d{2}$/, 'school year as 2026/27'),
  })
  .strict();

// Pupils get pseudonymous usernames: typed by the teacher (lower-case letters, digits, dashes) or
// generated. Nothing here asks for a real name.
export const ZUsername = z
  .string()
  .regex(
    /^[a-z][a-z0-9-]{2,29}$/,
    'usernames have 3–30 lower-case letters, digits or dashes and start with a letter (a pseudonym: ' +
      'no real name, no e-mail address)',
  );
export const ZAddPupils = z
  .object({
    usernames: z.array(ZUsername).min(1).max(40).optional(),
    count: z.number().int().min(1).max(40).optional(),
  })
  .strict()
  .refine(
    (body) => (body.usernames === undefined) !== (body.count === undefined),
    'send either "usernames" or "count"',
  );

// GDPR Art. 16: a pupil's pseudonym corrected, under the same rules as when it was made.
export const ZRenamePupil = z.object({ username: ZUsername }).strict();

export const ZClassId = z.object({ id: z.uuid('must be a class id') });

export const ZClassPupilParams = z.object({ id: z.uuid('must be a class id'), pupilId: z.uuid('must be a pupil id') });

export const ZLoginCards = z
  .object({ pupilIds: z.array(z.uuid('must be pupil ids')).min(1).max(40).optional() })
  .strict();

export const ZAddTeacher = z.object({ teacherId: z.uuid('must be a user id') }).strict();

// What a teacher sees of a locked pupil (an allowlist: Keycloak's record of the failing address is
// never part of it).
export const ZLockedPupil = z.object({
  pupilId: z.string(),
  username: z.string(),
  failures: z.number().int(),
  lastFailureAt: ZTimestamp.nullable(),
  lockedUntil: ZTimestamp.nullable(),
});

const ZDueAt = z.iso
  .datetime({ offset: true, error: 'dueAt must be an ISO date-time, e.g. 2026-12-01T08:00:00Z' })
  .transform((value) => new Date(value));
export const ZAssign = z
  .object({ topic: ZTopicId.optional(), templateId: ZTemplateId.optional(), dueAt: ZDueAt.optional() })
  .strict()
  .refine(
    (body) => (body.topic === undefined) !== (body.templateId === undefined),
    'send either "topic" or "templateId"',
  );

export const ZClass = z.object({
  id: z.uuid(),
  name: z.string(),
  grade: z.number().int(),
  schoolYear: z.string(),
  createdAt: ZTimestamp,
});
export const ZClassListed = ZClass.extend({ pupils: z.number().int() });
export const ZClassPupilView = z.object({ pupilId: z.string(), username: z.string() });
// The one-time password is in the answer that created the account, and nowhere else.
export const ZCreatedPupil = ZClassPupilView.extend({ oneTimePassword: z.string() });
export const ZTopicProgress = z.object({
  topic: z.string(),
  attempts: z.number().int(),
  pupils: z.number().int(),
  shareCorrect: z.number(),
  medianDurationMs: z.number().int().nullable(),
});
export const ZPupilAttempt = z.object({
  topic: z.string(),
  templateId: z.string(),
  difficulty: z.number().int(),
  result: z.string().nullable(),
  durationMs: z.number().int().nullable(),
  submittedAt: ZTimestamp.nullable(),
});
export const ZAssignment = z.object({
  id: z.uuid(),
  classId: z.uuid(),
  topic: z.string(),
  templateId: z.string().nullable(),
  dueAt: ZTimestamp.nullable(),
  createdAt: ZTimestamp,
});

// One row of the live overview: a pupil and, per topic worked, attempts and correct answers.
export const ZOverviewPupil = z.object({
  pupilId: z.string(),
  username: z.string(),
  topics: z.array(z.object({ topic: z.string(), attempts: z.number().int(), correct: z.number().int() })),
});
// An event of the live stream (text/event-stream, event "attempt"): a pupil of the class submitted.
export const ZLiveAttempt = z.object({
  pupilId: z.string(),
  topic: z.string(),
  result: z.enum(['correct', 'wrong', 'unreadable']),
});

export const ZPerson = z.object({ id: z.string(), username: z.string() });
export const ZCandidates = z.object({ teachers: z.array(ZPerson), pupils: z.array(ZPerson) });
export const ZAddSchoolPupils = z.object({ pupilIds: z.array(z.uuid('must be pupil ids')).min(1).max(40) }).strict();
export const ZAssignmentProgress = ZAssignment.omit({ classId: true }).extend({
  pupils: z.array(
    z.object({ pupilId: z.string(), username: z.string(), attempts: z.number().int(), correct: z.number().int() }),
  ),
});
