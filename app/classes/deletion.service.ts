// Deleting a class removes its pupils' accounts (in Keycloak too) and all their data, in two steps
// kept in this one service:
//   1. into the restore bin (at once): the class is marked deleted and hidden; its pupils who are in
//      no other class are disabled in Keycloak and their sessions ended, so nobody can use them;
//   2. purge (after RESTORE_BIN_DAYS by the hourly retention job, or at once when deleted for good
//      from the bin): the Keycloak accounts are deleted, then every row about those pupils and the
//      class itself. A restore in between undoes step 1 (bin.service.ts).
import { requireClassAccess, type SchoolCaller } from '../access';
import type { KeycloakAdmin } from '../keycloak';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { purgeAtOf, type BinDeps } from './bin.service';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { pupilIdsInLiveClasses } from './classes.repo';
import { deleteClassRow, findPurgeable, markClassDeleted } from './deletion.repo';
import { erasePupils } from './pupil-erasure';
import { lockOut } from '../sessions';

// Told before pupils' data is purged (research: their pseudonyms go on the revocation lists).
export type PupilsDeleted = (schoolId: string, pupilIds: string[]) => Promise<void>;

export async function deleteClass({ db, keycloak, sessions, binDays }: BinDeps, staff: SchoolCaller, classId: string) {
  const { pupilIds, binnedAt } = await inSchool(db, staff.schoolId, async (tx) => {
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
    // A pupil who is in another class too keeps their account.
    const elsewhere = await pupilIdsInLiveClasses(tx, classId);
    return { pupilIds: ids.filter((id) => !elsewhere.has(id)), binnedAt: new Date() };
  });
  await lockOut({ keycloak, sessions }, pupilIds);
  return { pupils: pupilIds.length, purgeAt: purgeAtOf(binnedAt, binDays) };
}

// Platform work (every school), run by the retention job for classes deleted before `before`.
// A request deleting one class for good purges only that class (`onlyClassId`): other schools'
// failed purges are the retention job's, and must never make this request fail.
export async function purgeDeletedClasses(
  platform: PrismaClient,
  keycloak: KeycloakAdmin,
  options: { before: Date; onPupilsDeleted: PupilsDeleted; onlyClassId?: string },
) {
  const due = await findPurgeable(platform, options.before, options.onlyClassId);
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
