// What Keycloak's country check sends to the internal listener (server-only: it parses addresses).
import { z } from 'zod';
import { isIpAddress } from './ip-address';

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
