import { z } from 'zod';

export const ZLoginQuery = z.object({
  returnTo: z.string().max(500).optional(),
  // A school's SSO: the alias of its identity provider in Keycloak (kc_idp_hint).
  idp: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be an identity provider alias')
    .optional(),
  lang: z.enum(['de', 'en']).optional(),
});

export const ZCallbackQuery = z.object({ state: z.string().min(1).max(500) }).loose();

export const ZBackchannelLogout = z.object({ logout_token: z.string().min(1).max(10_000) });
