import { z } from 'zod';

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
  .regex(/^[a-z][a-z0-9-]{2,29}$/, 'usernames have 3–30 lower-case letters, digits or dashes');
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

export const ZClassId = z.object({ id: z.uuid('must be a class id') });

export const ZClassPupil = z.object({ id: z.uuid('must be a class id'), pupilId: z.uuid('must be a pupil id') });

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
  lastFailureAt: z.date().nullable(),
  lockedUntil: z.date().nullable(),
});
