import { z } from 'zod';
import { ROLES } from '../access/roles';
import { ZTimestamp } from '../api/endpoint';
import { isCountryCode } from './countries';

const ZCountryCode = z.string().refine(isCountryCode, {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 country code (e.g. DE, AT, CH)`,
});

// null: no list (no restriction of this kind).
export const ZCountryList = z
  .array(ZCountryCode)
  .min(1, 'a list needs at least one country; send null for no restriction')
  .max(60)
  .transform((codes) => [...new Set(codes)].sort())
  .nullable();

export const ZMyCountries = z.object({ countries: ZCountryList, isLockoutConfirmed: z.boolean().optional() }).strict();
export const ZRoleCountries = z.object({ countries: ZCountryList }).strict();
export const ZRoleParam = z.object({ role: z.enum(ROLES, { error: `role must be one of ${ROLES.join(', ')}` }) });
export const ZAddressPolicy = z
  .object({ isPrivateAddressLoginAllowed: z.boolean(), isUnknownCountryLoginAllowed: z.boolean() })
  .strict();
export const ZAttemptQuery = z.object({
  blocked: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

// What the caller's own page shows: their list, and the school's lists for their roles.
export const ZMyCountriesView = z.object({
  countries: z.array(z.string()).nullable(),
  schoolLists: z.record(z.string(), z.array(z.string())),
});
// After a change: how many other sessions ended (a narrowing ends them).
export const ZMyCountriesChanged = ZMyCountriesView.extend({ endedSessions: z.number().int() });

export const ZSchoolRules = z.object({
  roles: z.record(z.string(), z.array(z.string())),
  isPrivateAddressLoginAllowed: z.boolean(),
  isUnknownCountryLoginAllowed: z.boolean(),
});
export const ZSchoolRulesChanged = ZSchoolRules.extend({ endedSessions: z.number().int() });

// A login attempt as the school admin sees it: the address truncated, the user by pseudonymous id.
export const ZLoginAttempt = z.object({
  id: z.string(),
  userId: z.string(),
  occurredAt: ZTimestamp,
  country: z.string().nullable(),
  isAllowed: z.boolean(),
  reason: z.string(),
  ipTruncated: z.string(),
});
