// Deleting a class removes its pupils' accounts (in Keycloak too) and all their data, in two steps
// kept in this one service:
//   1. state change (at once): the class is marked deleted and hidden; its pupils' Keycloak
//      accounts are disabled and their sessions ended, so nobody can use them any more;
//   2. purge (after RESTORE_WINDOW_MS, now 0; also retried by the hourly retention job): the
//      Keycloak accounts are deleted, then every row about those pupils and the class itself.
// A restore within the window will undo step 1 only; that is the later feature.
import { requireClassAccess, type SchoolCaller } from '../access';
import type { KeycloakAdmin } from '../keycloak';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { deleteClassRow, findPurgeable, markClassDeleted } from './deletion.repo';
import { erasePupils } from './pupil-erasure';

export const RESTORE_WINDOW_MS = 0;

// Told before pupils' data is purged (research: their pseudonyms go on the revocation lists).
export type PupilsDeleted = (schoolId: string, pupilIds: string[]) => Promise<void>;

export async function deleteClass(
  db: PrismaClient,
  platform: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
  onPupilsDeleted: PupilsDeleted,
) {
  const pupilIds = await inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    const ids = await markClassDeleted(tx, classId);
    if (ids === null) throw AppError.notFound('Class not found');
    await recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: 'class.deleted',
      targetType: 'class',
      targetId: classId,
      details: { pupils: ids.length },
    });
    return ids;
  });
  for (const pupilId of pupilIds) {
    await keycloak.setUserEnabled(pupilId, false);
    await keycloak.logoutUserIfExists(pupilId);
  }
  return purgeDeletedClasses(platform, keycloak, { onPupilsDeleted, onlyClassId: classId });
}

// Platform work (every school), so it can also run from the retention job.
// A request purges only the class it deleted (`onlyClassId`): other schools' failed purges are the
// retention job's, and must never make this request fail.
export async function purgeDeletedClasses(
  platform: PrismaClient,
  keycloak: KeycloakAdmin,
  options: { now?: Date; onPupilsDeleted: PupilsDeleted; onlyClassId?: string },
) {
  const now = options.now ?? new Date();
  const due = await findPurgeable(platform, new Date(now.getTime() - RESTORE_WINDOW_MS), options.onlyClassId);
  for (const { classId, schoolId, pupilIds } of due) {
    await options.onPupilsDeleted(schoolId, pupilIds);
    // Accounts first: if Keycloak fails, the rows stay and the next run tries again.
    for (const pupilId of pupilIds) await keycloak.deleteUser(pupilId);
    // Everything the platform holds about these pupils (each domain's own tables), then the class.
    await platform.$transaction(async (tx) => {
      await erasePupils(tx, pupilIds);
      await deleteClassRow(tx, classId);
    });
  }
  return { classes: due.length, pupils: due.reduce((sum, c) => sum + c.pupilIds.length, 0) };
}
