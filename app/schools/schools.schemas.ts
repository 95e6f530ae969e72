import { z } from 'zod';
import { ZTimestamp } from '../api/endpoint';

export const ZSchoolSlug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'lower-case letters, digits and dashes, at most 63 characters');
export const ZSchoolName = z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters');

export const ZCreateSchool = z.object({ slug: ZSchoolSlug, name: ZSchoolName });
export type TCreateSchool = z.infer<typeof ZCreateSchool>;

export const ZTwoFactorSetting = z.object({ isRequiredForAll: z.boolean() }).strict();

// A school renamed by its admins (shown here and on Keycloak's login pages); GDPR Art. 16.
export const ZSchoolNewName = z
  .string()
  .trim()
  .min(1, 'a school needs a name')
  .max(120, 'a school name has at most 120 characters');
export const ZRenameSchool = z.object({ name: ZSchoolNewName }).strict();

// How to reach the school (the controller) and its data protection officer, for the privacy notice.
// Free text the school admin enters (an address, a phone number, an e-mail address); empty: none yet.
const contactText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .transform((text) => (text === '' ? null : text))
    .nullable();
export const ZPrivacyContacts = z
  .object({ controllerContact: contactText(500), dpoName: contactText(200), dpoContact: contactText(300) })
  .strict();
export const ZPrivacyContactsView = z.object({
  controllerContact: z.string().nullable(),
  dpoName: z.string().nullable(),
  dpoContact: z.string().nullable(),
});

export const ZSchoolView = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  isTwoFactorRequiredForAll: z.boolean(),
  isTermsAcceptanceRequired: z.boolean(),
});

export const ZTermsSetting = z.object({ isRequired: z.boolean() }).strict();

const ZQueryTime = z.iso
  .datetime({ offset: true, error: 'must be an ISO date-time, e.g. 2026-12-01T00:00:00Z' })
  .transform((value) => new Date(value));
export const ZAuditQuery = z.object({
  from: ZQueryTime.optional(),
  to: ZQueryTime.optional(),
  // A username (as shown in the log).
  actor: z.string().min(1).max(100).optional(),
  // The kind of act: an action or its prefix, e.g. "class." or "login_countries.role_set".
  kind: z
    .string()
    .regex(/^[a-z0-9_.]{1,64}$/, 'kind is an action or its prefix, e.g. class.')
    .optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ZAuditEntry = z.object({
  id: z.uuid(),
  at: ZTimestamp,
  actor: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});

export const ZStaffRole = z.enum(['teacher', 'school-admin'], { error: 'roles are "teacher" and "school-admin"' });
const ZStaffRoles = z
  .array(ZStaffRole)
  .min(1, 'a staff account needs a role')
  .max(2)
  .transform((roles) => [...new Set(roles)]);
export const ZStaffId = z.object({ id: z.uuid('must be a user id') });
export const ZCreateStaff = z
  .object({
    // No real names needed: a short handle the school chooses (e.g. "mueller" or "lk-mathe-3").
    username: z
      .string()
      .regex(/^[a-z][a-z0-9.-]{2,39}$/, 'usernames have 3–40 lower-case letters, digits, dots or dashes'),
    roles: ZStaffRoles,
  })
  .strict();
export const ZStaffRolesBody = z.object({ roles: ZStaffRoles }).strict();
export const ZStaffEnabledBody = z.object({ isEnabled: z.boolean() }).strict();
export const ZStaffMember = z.object({
  id: z.string(),
  username: z.string(),
  roles: z.array(ZStaffRole),
  isEnabled: z.boolean(),
});
export const ZCreatedStaff = z.object({
  id: z.string(),
  username: z.string(),
  roles: z.array(ZStaffRole),
  // In this answer only: the account's first login asks for a password of its own.
  oneTimePassword: z.string(),
});

// Restriction of processing (GDPR Art. 18): which account, frozen since when.
export const ZFreezeAccount = z.object({ userId: z.uuid('must be a user id') }).strict();
export const ZFrozenAccount = z.object({ id: z.string(), username: z.string().nullable(), frozenAt: ZTimestamp });
export const ZFreezeLifted = z.object({ id: z.string(), isFrozen: z.literal(false), isInBin: z.boolean() });

// Inactivity: accounts unused this many months go into the restore bin; null: never.
export const ZInactivitySetting = z
  .object({
    months: z
      .number({ error: 'months is a whole number of months, or null (never)' })
      .int('months is a whole number of months')
      .min(3, 'at least 3 months')
      .max(60, 'at most 60 months')
      .nullable(),
  })
  .strict();
export const ZInactivityView = z.object({
  months: z.number().int().nullable(),
  // Since when the period holds: nobody goes into the bin sooner than a month after a change.
  changedAt: ZTimestamp,
});
export const ZInactiveAccount = z.object({
  id: z.string(),
  username: z.string().nullable(),
  kind: z.enum(['pupil', 'teacher']),
  lastLoginAt: ZTimestamp.nullable(),
  goesAt: ZTimestamp,
});
