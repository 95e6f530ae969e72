// The restore bin ("Papierkorb"): a deleted pupil, teacher or class waits RESTORE_BIN_DAYS before it
// is purged (bin-purge.service.ts). While in the bin an account is disabled in Keycloak with its
// sessions ended, belongs to no class (so it is in no list, overview or export) and can be restored
// with all its data: a pupil by a school admin or a teacher of a class they were in, a teacher by a
// school admin. Every act is audited in the transaction of the change.
import {
  classIdsTaughtBy,
  isSchoolAdmin,
  requireBinnedAccountAccess,
  requireBinnedClassAccess,
  requirePupilAccess,
  type SchoolCaller,
} from '../access';
import { recordRestored } from '../account-activity';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import type { KeycloakAdmin } from '../keycloak';
import { inSchool, type Databases, type Tx } from '../lib/db';
import { AppError } from '../lib/errors';
import { frozenUserIds } from '../schools';
import { lockOut, type PostgresSessionStore } from '../sessions';
import {
  binnedUserIds,
  findBinnedAccounts,
  findDeletedClasses,
  insertBinnedAccount,
  removeMemberships,
  removeTeaching,
  restoreMemberships,
  takeBinnedAccount,
  unmarkClassDeleted,
} from './bin.repo';
import type { PupilsDeleted } from './deletion.service';

export type BinDeps = { db: PrismaClient; keycloak: KeycloakAdmin; sessions: PostgresSessionStore; binDays: number };
// What the purge needs besides: every school's rows, and the research revocations.
export type PurgeDeps = { platform: PrismaClient; keycloak: KeycloakAdmin; onPupilsDeleted: PupilsDeleted };

// The bin's dependencies from the app's (one place, for the class, bin and staff routes).
export function binDepsOf(app: {
  dbs: Databases;
  keycloak: KeycloakAdmin;
  sessions: PostgresSessionStore;
  onPupilsDeleted: PupilsDeleted;
  restoreBinDays: number;
}): BinDeps & PurgeDeps {
  const { dbs, keycloak, sessions, onPupilsDeleted, restoreBinDays } = app;
  return { db: dbs.schoolDb, platform: dbs.platform, keycloak, sessions, onPupilsDeleted, binDays: restoreBinDays };
}

export const DAY_MS = 86_400_000;
export const purgeAtOf = (binnedAt: Date, binDays: number) => new Date(binnedAt.getTime() + binDays * DAY_MS);

function audit(tx: Tx, staff: SchoolCaller, action: string, targetType: string, targetId: string, details = {}) {
  return recordAudit(tx, { schoolId: staff.schoolId, actorId: staff.userId, action, targetType, targetId, details });
}

export type BinEntry = {
  userId: string;
  schoolId: string;
  kind: 'pupil' | 'teacher';
  reason: 'deleted' | 'inactive';
  // Null: the inactivity rule (no person's act).
  binnedBy: string | null;
  // A pupil's name comes from their class list when they are in a class.
  username?: string;
};

// Out of every class (a pupil) or out of their teaching (staff), into the bin, audited — in the
// caller's transaction, after its checks. False when the account was in the bin already.
export async function moveIntoBin(tx: Tx, entry: BinEntry): Promise<boolean> {
  const memberships = entry.kind === 'pupil' ? await removeMemberships(tx, entry.userId) : [];
  const classIds = entry.kind === 'pupil' ? memberships.map((m) => m.classId) : await removeTeaching(tx, entry.userId);
  const username = memberships[0]?.username ?? entry.username;
  if (!username) throw new Error('an account goes into the bin with its username');
  const { reason, binnedBy, ...account } = entry;
  const isNew = await insertBinnedAccount(tx, { ...account, username, reason, binnedBy, classIds });
  if (isNew)
    await recordAudit(tx, {
      schoolId: entry.schoolId,
      actorId: binnedBy,
      action: entry.kind === 'pupil' ? 'pupil.binned' : 'staff.binned',
      targetType: 'user',
      targetId: entry.userId,
      details: reason === 'deleted' ? { classes: classIds.length } : { classes: classIds.length, reason },
    });
  return isNew;
}

export async function binPupil(deps: BinDeps, staff: SchoolCaller, classId: string, pupilId: string) {
  const binnedAt = await inSchool(deps.db, staff.schoolId, async (tx) => {
    await requirePupilAccess(tx, staff, classId, pupilId);
    const entry = { userId: pupilId, schoolId: staff.schoolId, kind: 'pupil' as const, binnedBy: staff.userId };
    if (!(await moveIntoBin(tx, { ...entry, reason: 'deleted' })))
      throw AppError.notFound('No such pupil in this class');
    return new Date();
  });
  await lockOut(deps, [pupilId]);
  return { purgeAt: purgeAtOf(binnedAt, deps.binDays) };
}

// A staff account of the school (checked by the caller), into the bin with the classes it taught.
export async function binTeacher(deps: BinDeps, admin: SchoolCaller, userId: string, username: string) {
  const binnedAt = await inSchool(deps.db, admin.schoolId, async (tx) => {
    const entry = { userId, schoolId: admin.schoolId, kind: 'teacher' as const, username, binnedBy: admin.userId };
    if (!(await moveIntoBin(tx, { ...entry, reason: 'deleted' })))
      throw new AppError(409, 'already_in_bin', 'This account is already in the bin');
    return new Date();
  });
  await lockOut(deps, [userId]);
  return { purgeAt: purgeAtOf(binnedAt, deps.binDays) };
}

// What the caller may restore: school admins all of the school's bin; a teacher their own deleted
// classes and the pupils deleted from a class they teach.
export async function listBin(deps: BinDeps, staff: SchoolCaller) {
  return inSchool(deps.db, staff.schoolId, async (tx) => {
    const taught = isSchoolAdmin(staff) ? null : new Set(await classIdsTaughtBy(tx, staff.userId));
    const accounts = (await findBinnedAccounts(tx)).filter(
      (entry) => !taught || (entry.kind === 'pupil' && entry.classIds.some((id) => taught.has(id))),
    );
    const classes = (await findDeletedClasses(tx)).filter((c) => !taught || taught.has(c.id));
    return {
      days: deps.binDays,
      accounts: accounts.map(({ userId, kind, username, reason, binnedAt }) => ({
        id: userId,
        kind,
        username,
        reason,
        binnedAt,
        purgeAt: purgeAtOf(binnedAt, deps.binDays),
      })),
      classes: classes.map((c) => ({
        id: c.id,
        name: c.name,
        pupils: c._count.pupils,
        binnedAt: c.deletedAt!,
        purgeAt: purgeAtOf(c.deletedAt!, deps.binDays),
      })),
    };
  });
}

export async function restoreAccount(deps: BinDeps, staff: SchoolCaller, userId: string) {
  const restored = await inSchool(deps.db, staff.schoolId, async (tx) => {
    await requireBinnedAccountAccess(tx, staff, userId);
    const entry = await takeBinnedAccount(tx, userId);
    if (!entry) throw AppError.notFound('No such account in the bin');
    const classes = await restoreMemberships(tx, staff.schoolId, entry);
    await recordRestored(tx, [userId]);
    await audit(tx, staff, 'account.restored', 'user', userId, { classes });
    // A frozen account (GDPR Art. 18) comes back with its data but stays unable to log in.
    return { id: userId, classes, isFrozen: (await frozenUserIds(tx, [userId])).size > 0 };
  });
  if (!restored.isFrozen) await deps.keycloak.setUserEnabled(userId, true);
  return { id: restored.id, classes: restored.classes };
}

export async function restoreClass(deps: BinDeps, staff: SchoolCaller, classId: string) {
  const pupilIds = await inSchool(deps.db, staff.schoolId, async (tx) => {
    await requireBinnedClassAccess(tx, staff, classId);
    const ids = await unmarkClassDeleted(tx, classId);
    if (ids === null) throw AppError.notFound('No such class in the bin');
    await audit(tx, staff, 'class.restored', 'class', classId, { pupils: ids.length });
    await recordRestored(tx, ids);
    // A pupil also deleted on their own stays in the bin until restored on their own.
    // A frozen pupil (GDPR Art. 18) stays unable to log in.
    const binned = await binnedUserIds(tx);
    const frozen = await frozenUserIds(tx, ids);
    return ids.filter((id) => !binned.has(id)).map((id) => ({ id, isFrozen: frozen.has(id) }));
  });
  for (const pupil of pupilIds) if (!pupil.isFrozen) await deps.keycloak.setUserEnabled(pupil.id, true);
  return { id: classId, pupils: pupilIds.length };
}

// The bin as the school domain's staff accounts use it (handed in by the app: no import cycle).
export function staffBin(bin: BinDeps) {
  return {
    binAccount: (admin: SchoolCaller, userId: string, username: string) => binTeacher(bin, admin, userId, username),
    binnedUserIds: (schoolId: string) => inSchool(bin.db, schoolId, binnedUserIds),
  };
}
