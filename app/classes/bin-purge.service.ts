// Purging the restore bin: by the hourly retention job once an entry is RESTORE_BIN_DAYS old, or at
// once when staff delete it for good. The Keycloak account goes first (if Keycloak fails, the rows
// stay and the next run tries again), then every row about the person, in one transaction.
import { requireBinnedAccountAccess, requireBinnedClassAccess, type SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findBinnedAccount, findDueAccounts } from './bin.repo';
import { DAY_MS, type BinDeps, type PurgeDeps } from './bin.service';
import { purgeDeletedClasses } from './deletion.service';
import { erasePupils } from './pupil-erasure';

async function purgeAccounts(deps: PurgeDeps, accounts: { userId: string; schoolId: string; kind: string }[]) {
  for (const account of accounts) {
    if (account.kind === 'pupil') await deps.onPupilsDeleted(account.schoolId, [account.userId]);
    await deps.keycloak.deleteUser(account.userId);
    // Every table holding a user's data, the bin entry included (a teacher has no attempts: the
    // same erasure finds none).
    await deps.platform.$transaction((tx) => erasePupils(tx, [account.userId]));
  }
  return accounts.length;
}

// The retention job: everything binned more than `binDays` before `now` (every school).
export async function purgeBin(deps: PurgeDeps, options: { binDays: number; now?: Date }) {
  const before = new Date((options.now ?? new Date()).getTime() - options.binDays * DAY_MS);
  let accounts = 0;
  for (;;) {
    const due = await findDueAccounts(deps.platform, before);
    accounts += await purgeAccounts(deps, due);
    if (due.length < 500) break;
  }
  const classes = await purgeDeletedClasses(deps.platform, deps.keycloak, {
    before,
    onPupilsDeleted: deps.onPupilsDeleted,
  });
  return { accounts, classes: classes.classes, classPupils: classes.pupils };
}

// Deleted for good at once. The audit row follows the purge (the purge spans Keycloak and every
// domain's tables, no one transaction); a failed purge leaves the entry in the bin, unaudited.
export async function purgeAccountNow(deps: BinDeps & PurgeDeps, staff: SchoolCaller, userId: string) {
  const entry = await inSchool(deps.db, staff.schoolId, async (tx) => {
    await requireBinnedAccountAccess(tx, staff, userId);
    return findBinnedAccount(tx, userId);
  });
  if (!entry) throw AppError.notFound('No such account in the bin');
  await purgeAccounts(deps, [{ userId, kind: entry.kind, schoolId: staff.schoolId }]);
  await auditPurge(deps.db, staff, 'account.purged', 'user', userId);
  return { id: userId };
}

export async function purgeClassNow(deps: BinDeps & PurgeDeps, staff: SchoolCaller, classId: string) {
  await inSchool(deps.db, staff.schoolId, (tx) => requireBinnedClassAccess(tx, staff, classId));
  const purged = await purgeDeletedClasses(deps.platform, deps.keycloak, {
    before: new Date(8.64e15),
    onPupilsDeleted: deps.onPupilsDeleted,
    onlyClassId: classId,
  });
  await auditPurge(deps.db, staff, 'class.purged', 'class', classId);
  return { id: classId, pupils: purged.pupils };
}

function auditPurge(db: PrismaClient, staff: SchoolCaller, action: string, targetType: string, targetId: string) {
  return inSchool(db, staff.schoolId, (tx) =>
    recordAudit(tx, { schoolId: staff.schoolId, actorId: staff.userId, action, targetType, targetId }),
  );
}
