// What the data export (GDPR Art. 15/20) answers: an allowlist, so a field not named here (another
// person's id, who recorded an objection, who deleted an account) never leaves the server.
import { z } from 'zod';
import { ZTimestamp } from '../api/endpoint';
import { ROLES } from '../access/roles';

export const ZPupilDataParams = z.object({ id: z.uuid('must be a pupil id') });

const ZStudy = z.object({
  name: z.string(),
  purpose: z.string(),
  from: z.string(),
  to: z.string(),
  isEnded: z.boolean(),
});

export const ZMyData = z.object({
  exportedAt: ZTimestamp,
  profile: z.object({
    // The Keycloak user id: pseudonymous.
    userId: z.string(),
    username: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
    school: z.object({ name: z.string() }).nullable(),
  }),
  // Class names only: nobody else in them, nobody teaching them.
  classes: z.array(
    z.object({
      name: z.string(),
      grade: z.number().int(),
      schoolYear: z.string(),
      as: z.enum(['pupil', 'teacher']),
      isInBin: z.boolean(),
    }),
  ),
  restoreBin: z.object({ kind: z.string(), reason: z.string(), binnedAt: ZTimestamp }).nullable(),
  // Restriction of processing (GDPR Art. 18): since when the account is frozen, if it is.
  accountFrozen: z.object({ frozenAt: ZTimestamp }).nullable(),
  // The inactivity rule's clock: when the account was made (or first seen), last logged in to the
  // app, and came back from the restore bin.
  accountActivity: z
    .object({ createdAt: ZTimestamp, lastLoginAt: ZTimestamp.nullable(), restoredAt: ZTimestamp.nullable() })
    .nullable(),
  attempts: z.array(
    z.object({
      topic: z.string(),
      templateId: z.string(),
      difficulty: z.number().int(),
      question: z.string().nullable(),
      // How the answer was read ("3/4"); the typed text is never stored.
      answer: z.string().nullable(),
      result: z.string().nullable(),
      isCorrect: z.boolean().nullable(),
      unreadableTries: z.number().int(),
      startedAt: ZTimestamp,
      submittedAt: ZTimestamp.nullable(),
      durationMs: z.number().int().nullable(),
      activeMs: z.number().int().nullable(),
      assignmentId: z.uuid().nullable(),
    }),
  ),
  assignments: z.array(
    z.object({
      id: z.uuid(),
      className: z.string(),
      topic: z.string(),
      templateId: z.string().nullable(),
      dueAt: ZTimestamp.nullable(),
      createdAt: ZTimestamp,
      isCreatedByYou: z.boolean(),
    }),
  ),
  messages: z.array(
    z.object({
      kind: z.string(),
      country: z.string().nullable(),
      at: z.string().nullable(),
      createdAt: ZTimestamp,
      readAt: ZTimestamp.nullable(),
    }),
  ),
  loginAttempts: z.array(
    z.object({
      occurredAt: ZTimestamp,
      country: z.string().nullable(),
      isAllowed: z.boolean(),
      reason: z.string(),
      // Truncated when recorded (IPv4: last octet zeroed).
      ipTruncated: z.string(),
      clientId: z.string().nullable(),
    }),
  ),
  loginCountries: z.object({
    own: z.array(z.string()).nullable(),
    seen: z.array(z.object({ country: z.string(), firstSeenAt: ZTimestamp })),
  }),
  sessions: z.array(z.object({ expiresAt: ZTimestamp })),
  research: z.object({
    schoolStudies: z.array(ZStudy.extend({ since: ZTimestamp.nullable() })),
    objection: z.object({ recordedAt: ZTimestamp }).nullable(),
    exportsWithYourData: z.array(
      z.object({ study: z.string(), exportedAt: ZTimestamp.nullable(), attempts: z.number().int() }),
    ),
    studiesAsResearcher: z.array(ZStudy),
  }),
});
