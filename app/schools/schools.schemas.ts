import { z } from 'zod';

export const ZSchoolSlug = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, 'lower-case letters, digits and dashes, at most 63 characters');
export const ZSchoolName = z.string().trim().min(2, 'at least 2 characters').max(200, 'at most 200 characters');

export const ZCreateSchool = z.object({ slug: ZSchoolSlug, name: ZSchoolName });
export type TCreateSchool = z.infer<typeof ZCreateSchool>;

export const ZTwoFactorSetting = z.object({ isRequiredForAll: z.boolean() }).strict();

export const ZSchoolView = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  isTwoFactorRequiredForAll: z.boolean(),
});
