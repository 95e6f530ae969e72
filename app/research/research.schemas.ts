import { z } from 'zod';
import { TOPICS } from '../learning/tasks/catalog';
import { COARSENINGS, FORMATS } from './export-formats';

const ZIsoDay = z.iso
  .date({ error: 'must be a date, e.g. 2026-09-01' })
  .refine((day) => day >= '2000-01-01' && day <= '2099-12-31', 'must be a date between 2000 and 2099');
const unique = <T>(values: T[]) => [...new Set(values)];
const userId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, 'must be a Keycloak user id');
const topicIds = Object.keys(TOPICS) as [string, ...string[]];

export const ZCreateStudy = z
  .object({
    name: z.string().trim().min(1).max(200),
    purpose: z.string().trim().min(1).max(2000),
    from: ZIsoDay,
    to: ZIsoDay,
    minGroupSize: z.number().int().min(2, 'k must be at least 2').max(100).default(5),
    // The time variable of every export of the study (fixed: see the README).
    timeCoarsening: z.enum(COARSENINGS).default('day'),
    researcherIds: z.array(userId).min(1, 'a study needs at least one researcher').max(50).transform(unique),
    schoolIds: z
      .array(z.uuid('must be a school id'))
      .min(1, 'a study needs at least one school')
      .max(1000)
      .transform(unique),
  })
  .strict();

export const ZRequestExport = z
  .object({
    format: z.enum(FORMATS),
    from: ZIsoDay.optional(),
    to: ZIsoDay.optional(),
    topics: z.array(z.enum(topicIds)).min(1).max(50).optional(),
    suppressSmallGroups: z.boolean().default(false),
  })
  .strict();

export const ZParticipation = z.object({ isOptedIn: z.boolean() }).strict();
export const ZObjection = z.object({ objects: z.boolean() }).strict();
export const ZStudyId = z.object({ id: z.uuid('must be a study id') });
export const ZExportFile = z.object({
  id: z.uuid('must be an export id'),
  name: z.string().regex(/^[a-z-]+\.(csv|jsonl|txt|json)$/, 'no such file'),
});
export const ZClassPupil = z.object({ id: z.uuid('must be a class id'), pupilId: userId });
