import { z } from 'zod';
import { ROLES } from '../auth/roles';
import { isCountryCode } from './countries';
import { isIpAddress } from './ip-address';

const ZCountryCode = z
  .string()
  .refine(isCountryCode, {
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

export const ZLoginDecisionRequest = z.object({
  userId: z.string().min(1).max(64),
  roles: z.array(z.string().max(64)).max(50),
  schools: z.array(z.string().max(63)).max(10),
  ipAddress: z.string().refine(isIpAddress, 'must be an IP address'),
  clientId: z.string().max(100).optional(),
  locale: z.string().max(35).optional(),
  // "token": tokens handed to a public client (refresh, device poll, code exchange) after a login.
  stage: z.enum(['login', 'token']).default('login'),
});
export type TLoginDecisionRequest = z.infer<typeof ZLoginDecisionRequest>;
