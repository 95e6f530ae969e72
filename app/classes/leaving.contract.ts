// A teacher deletes their own account, handing each class on: /me/account-deletion.
import { z } from 'zod';
import { endpoint, ZTimestamp } from '../api/endpoint';

const ZPerson = z.object({ id: z.string(), username: z.string() });

export const ZLeavingPlan = z.object({
  // The caller's classes; those with co-teachers stay with them unless handed to someone named.
  classes: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      schoolYear: z.string(),
      pupils: z.number().int(),
      coTeachers: z.array(ZPerson),
    }),
  ),
  // The school's other teachers a class can go to.
  teachers: z.array(ZPerson),
});

export const ZDeleteOwnAccount = z
  .object({
    handovers: z
      .array(
        z
          .object({
            classId: z.uuid('must be a class id'),
            // A teacher's id, or "bin": the class goes into the restore bin.
            to: z.union([z.literal('bin'), z.uuid('must be a teacher id or "bin"')]),
          })
          .strict(),
      )
      .max(200)
      .refine((list) => new Set(list.map((h) => h.classId)).size === list.length, 'each class once'),
  })
  .strict();

export const leavingPlan = endpoint({
  method: 'get',
  path: '/me/account-deletion',
  roles: ['teacher'],
  summary: 'Before a teacher deletes their own account: their classes, who co-teaches them, who could take them',
  responses: { 200: { description: 'The plan', schema: ZLeavingPlan } },
});

export const deleteOwnAccount = endpoint({
  method: 'post',
  path: '/me/account-deletion',
  roles: ['teacher'],
  summary:
    'A teacher deletes their own account: each class nobody else teaches goes to a teacher of the school or into ' +
    'the restore bin; the account goes into the bin (disabled, every session ended) until purged on purgeAt',
  body: ZDeleteOwnAccount,
  responses: {
    200: {
      description: 'Deleted (in the bin)',
      schema: z.object({
        purgeAt: ZTimestamp,
        classesHandedOver: z.number().int(),
        classesInBin: z.number().int(),
      }),
    },
  },
  errors: {
    409: "A class with co-teachers cannot go into the bin; a school admin's account is deleted by another admin",
  },
});

export const LEAVING_ENDPOINTS = [leavingPlan, deleteOwnAccount];
