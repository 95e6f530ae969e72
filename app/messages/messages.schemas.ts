import { z } from 'zod';
import { ZTimestamp } from '../api/endpoint';

export const ZMessageId = z.object({ id: z.uuid('must be a message id') });
export const ZMessageQuery = z.object({ lang: z.enum(['de', 'en']).optional() });

// A system message in the reader's language (e.g. "a login from Brazil was refused").
export const ZMessage = z.object({
  id: z.uuid(),
  kind: z.string(),
  text: z.string(),
  country: z.string().nullable().optional(),
  createdAt: ZTimestamp,
  isRead: z.boolean(),
});
