import type { Tx } from '../lib/db';

export type BinnedAccountRow = {
  userId: string;
  kind: 'pupil' | 'teacher';
  username: string;
  reason: 'deleted' | 'inactive';
  binnedAt: Date;
  classIds: string[];
};

const ACCOUNT_FIELDS = { userId: true, kind: true, username: true, reason: true, binnedAt: true, classIds: true };

export async function insertBinnedAccount(
  tx: Tx,
  entry: Omit<BinnedAccountRow, 'binnedAt'> & { schoolId: string; binnedBy: string | null },
): Promise<boolean> {
  const { count } = await tx.binnedAccount.createMany({ data: [entry], skipDuplicates: true });
  return count === 1;
}

export async function findBinnedAccount(tx: Tx, userId: string): Promise<BinnedAccountRow | null> {
  return (await tx.binnedAccount.findUnique({ where: { userId }, select: ACCOUNT_FIELDS })) as BinnedAccountRow | null;
}

// Null when another request took it out first.
export async function takeBinnedAccount(tx: Tx, userId: string): Promise<BinnedAccountRow | null> {
  const entry = await findBinnedAccount(tx, userId);
  if (!entry) return null;
  const { count } = await tx.binnedAccount.deleteMany({ where: { userId } });
  return count === 1 ? entry : null;
}

export async function findBinnedAccounts(tx: Tx): Promise<BinnedAccountRow[]> {
  return (await tx.binnedAccount.findMany({
    orderBy: { binnedAt: 'desc' },
    select: ACCOUNT_FIELDS,
  })) as BinnedAccountRow[];
}

export async function findDueAccounts(tx: Tx, before: Date) {
  return tx.binnedAccount.findMany({
    where: { binnedAt: { lte: before } },
    select: { userId: true, schoolId: true, kind: true },
    take: 500,
  });
}

export async function findDeletedClasses(tx: Tx) {
  return tx.schoolClass.findMany({
    where: { deletedAt: { not: null } },
    orderBy: { deletedAt: 'desc' },
    select: {
      id: true,
      name: true,
      deletedAt: true,
      _count: { select: { pupils: true } },
      teachers: { select: { teacherId: true } },
    },
  });
}

// Null when the class is not in the bin (or a racing request restored it first).
export async function unmarkClassDeleted(tx: Tx, classId: string): Promise<string[] | null> {
  const { count } = await tx.schoolClass.updateMany({
    where: { id: classId, deletedAt: { not: null } },
    data: { deletedAt: null },
  });
  if (count === 0) return null;
  return (await tx.classPupil.findMany({ where: { classId }, select: { pupilId: true } })).map((p) => p.pupilId);
}

// A pupil's class memberships, taken out (so they appear in no list and no export).
export async function removeMemberships(tx: Tx, pupilId: string): Promise<{ classId: string; username: string }[]> {
  const rows = await tx.classPupil.findMany({ where: { pupilId }, select: { classId: true, username: true } });
  await tx.classPupil.deleteMany({ where: { pupilId } });
  return rows;
}

export async function removeTeaching(tx: Tx, teacherId: string): Promise<string[]> {
  const rows = await tx.classTeacher.findMany({ where: { teacherId }, select: { classId: true } });
  await tx.classTeacher.deleteMany({ where: { teacherId } });
  return rows.map((row) => row.classId);
}

// Back into the classes that still exist (a class purged meanwhile is skipped).
export async function restoreMemberships(tx: Tx, schoolId: string, entry: BinnedAccountRow): Promise<number> {
  const existing = (await tx.schoolClass.findMany({ where: { id: { in: entry.classIds } }, select: { id: true } })).map(
    (c) => c.id,
  );
  if (entry.kind === 'pupil') {
    const data = existing.map((classId) => ({ classId, schoolId, pupilId: entry.userId, username: entry.username }));
    return (await tx.classPupil.createMany({ data, skipDuplicates: true })).count;
  }
  const data = existing.map((classId) => ({ classId, schoolId, teacherId: entry.userId }));
  return (await tx.classTeacher.createMany({ data, skipDuplicates: true })).count;
}

export async function binnedUserIds(tx: Tx): Promise<Set<string>> {
  return new Set((await tx.binnedAccount.findMany({ select: { userId: true } })).map((row) => row.userId));
}
