// The restore bin ("Papierkorb"): deleted pupils, teachers and classes, restored or deleted for good
// before the retention job purges them (RESTORE_BIN_DAYS). School admins see the school's whole bin;
// a teacher their own deleted classes and the pupils deleted from a class they teach.
import { z } from 'zod';
import { endpoint, ZTimestamp } from '../api/endpoint';

const STAFF = ['teacher', 'school-admin'] as const;
const ZBinId = z.object({ id: z.uuid('must be an id from the bin') });

export const ZBinnedAccount = z.object({
  id: z.string(),
  kind: z.enum(['pupil', 'teacher']),
  username: z.string(),
  reason: z.enum(['deleted', 'inactive']),
  binnedAt: ZTimestamp,
  purgeAt: ZTimestamp,
});
export const ZBinnedClass = z.object({
  id: z.string(),
  name: z.string(),
  pupils: z.number().int(),
  binnedAt: ZTimestamp,
  purgeAt: ZTimestamp,
});
export const ZBinned = z.object({ purgeAt: ZTimestamp });

export const listBin = endpoint({
  method: 'get',
  path: '/bin',
  roles: STAFF,
  summary: 'What is in the restore bin (for the caller to restore), with the day each entry is purged',
  responses: {
    200: {
      description: 'Newest first',
      schema: z.object({
        days: z.number().int().describe('how long an entry stays before it is purged (RESTORE_BIN_DAYS)'),
        accounts: z.array(ZBinnedAccount),
        classes: z.array(ZBinnedClass),
      }),
    },
  },
});

export const restoreAccount = endpoint({
  method: 'post',
  path: '/bin/accounts/:id/restore',
  roles: STAFF,
  summary: 'Restore an account with all its data, back into its classes (audited)',
  params: ZBinId,
  responses: { 200: { description: 'Restored', schema: z.object({ id: z.string(), classes: z.number().int() }) } },
  errors: { 403: 'Not yours to restore', 404: 'Not in the bin' },
});

export const purgeAccount = endpoint({
  method: 'delete',
  path: '/bin/accounts/:id',
  roles: STAFF,
  summary: 'Delete an account in the bin for good, at once: Keycloak account and all data (audited)',
  params: ZBinId,
  responses: { 200: { description: 'Purged', schema: z.object({ id: z.string() }) } },
  errors: { 403: 'Not yours to delete', 404: 'Not in the bin' },
});

export const restoreClass = endpoint({
  method: 'post',
  path: '/bin/classes/:id/restore',
  roles: STAFF,
  summary: 'Restore a deleted class with its pupils and all their data (audited)',
  params: ZBinId,
  responses: { 200: { description: 'Restored', schema: z.object({ id: z.string(), pupils: z.number().int() }) } },
  errors: { 403: 'Not your class', 404: 'Not in the bin' },
});

export const purgeClass = endpoint({
  method: 'delete',
  path: '/bin/classes/:id',
  roles: STAFF,
  summary: "Delete a class in the bin for good, at once: its pupils' accounts and all their data (audited)",
  params: ZBinId,
  responses: { 200: { description: 'Purged', schema: z.object({ id: z.string(), pupils: z.number().int() }) } },
  errors: { 403: 'Not your class', 404: 'Not in the bin' },
});

export const BIN_ENDPOINTS = [listBin, restoreAccount, purgeAccount, restoreClass, purgeClass];
