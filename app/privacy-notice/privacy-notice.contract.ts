// The privacy notice (/datenschutz), public: everything in it is read from the running system (the
// configuration, Keycloak's realm, the school's settings and studies), so it cannot drift from
// what the platform does.
import { z } from 'zod';
import { PUBLIC } from '../access/roles';
import { endpoint } from '../api/endpoint';

export const COOKIE_PURPOSES = ['app-session', 'login-session', 'login-in-progress', 'login-language'] as const;
export const DEVICE_STORAGE_PURPOSES = ['language', 'unsent-answers'] as const;

const ZCookie = z.object({
  name: z.string(),
  setBy: z.enum(['app', 'keycloak']),
  purpose: z.enum(COOKIE_PURPOSES),
  // How long the cookie lives at most; null: until the browser is closed.
  maxAgeSeconds: z.number().int().nullable(),
  // For login cookies: the session behind them ends after this long at the latest.
  sessionEndsAfterSeconds: z.number().int().nullable(),
});

export const ZPrivacyNotice = z.object({
  operator: z.object({ name: z.string(), contact: z.string() }),
  supervisoryAuthority: z.object({ name: z.string(), url: z.string() }),
  // The controller: the school, when the notice is asked for one (or the caller has one).
  school: z
    .object({
      slug: z.string(),
      name: z.string(),
      controllerContact: z.string().nullable(),
      dpoName: z.string().nullable(),
      dpoContact: z.string().nullable(),
      // Accounts unused this long go into the restore bin (null: never).
      inactivityMonths: z.number().int().nullable(),
    })
    .nullable(),
  retentionDays: z.object({
    restoreBin: z.number().int(),
    loginAttempts: z.number().int(),
    messages: z.number().int(),
    auditLog: z.number().int(),
    exportFiles: z.number().int(),
    serverLogs: z.number().int(),
    loginEvents: z.number().int(),
    adminEvents: z.number().int(),
  }),
  // Worked tasks are kept at most this many whole months after their month (then dropped).
  attemptMonths: z.number().int(),
  session: z.object({ maxSeconds: z.number().int(), idleSeconds: z.number().int() }),
  cookies: z.array(ZCookie),
  deviceStorage: z.array(z.object({ key: z.string(), purpose: z.enum(DEVICE_STORAGE_PURPOSES) })),
  studies: z.array(
    z.object({ name: z.string(), purpose: z.string(), from: z.iso.date(), to: z.iso.date(), isEnded: z.boolean() }),
  ),
});

export const ZPrivacyNoticeQuery = z.object({
  school: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a school handle (lower-case letters, digits, hyphens)')
    .optional(),
});

export const privacyNotice = endpoint({
  method: 'get',
  path: '/privacy-notice',
  roles: PUBLIC,
  summary:
    "The privacy notice's facts: controller (the school) and its data protection officer, operator, retention " +
    'periods, cookies with their lifetimes, the studies the school takes part in. For ?school=…, else the ' +
    "caller's school, else without a school",
  query: ZPrivacyNoticeQuery,
  responses: { 200: { description: 'The notice', schema: ZPrivacyNotice } },
  errors: { 404: 'No such school' },
});

export const PRIVACY_NOTICE_ENDPOINTS = [privacyNotice];
