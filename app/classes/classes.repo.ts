import type { Tx } from '../lib/db';

export function insertClass(
  tx: Tx,
  data: { schoolId: string; name: string; grade: number; schoolYear: string; teacherId: string },
) {
  const { teacherId, ...fields } = data;
  return tx.schoolClass.create({
    data: { ...fields, teachers: { create: { teacherId, schoolId: fields.schoolId } } },
    select: { id: true, name: true, grade: true, schoolYear: true, createdAt: true },
  });
}

// The school's classes (row-level security keeps it to the school), or only a teacher's own.
export function findClasses(tx: Tx, teacherId: string | null) {
  return tx.schoolClass.findMany({
    where: teacherId ? { deletedAt: null, teachers: { some: { teacherId } } } : { deletedAt: null },
    orderBy: [{ schoolYear: 'desc' }, { grade: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      grade: true,
      schoolYear: true,
      createdAt: true,
      _count: { select: { pupils: true } },
    },
  });
}

export async function insertPupils(
  tx: Tx,
  classId: string,
  schoolId: string,
  pupils: { pupilId: string; username: string }[],
): Promise<void> {
  await tx.classPupil.createMany({
    data: pupils.map(({ pupilId, username }) => ({ pupilId, username, classId, schoolId })),
    skipDuplicates: true,
  });
}

export function findPupils(tx: Tx, classId: string) {
  return tx.classPupil.findMany({
    where: { classId },
    orderBy: { username: 'asc' },
    select: { pupilId: true, username: true },
  });
}

export async function addTeacher(tx: Tx, classId: string, schoolId: string, teacherId: string): Promise<void> {
  await tx.classTeacher.createMany({ data: [{ classId, schoolId, teacherId }], skipDuplicates: true });
}

export async function teacherIdsOfClass(tx: Tx, classId: string): Promise<string[]> {
  return (await tx.classTeacher.findMany({ where: { classId }, select: { teacherId: true } })).map((t) => t.teacherId);
}

// Pupils of the school (row-level security) who are in a class that is not deleted (other than
// `exceptClassId`, when given).
export async function pupilIdsInLiveClasses(tx: Tx, exceptClassId?: string): Promise<Set<string>> {
  const rows = await tx.classPupil.findMany({
    where: { class: { deletedAt: null }, ...(exceptClassId ? { classId: { not: exceptClassId } } : {}) },
    select: { pupilId: true },
  });
  return new Set(rows.map((row) => row.pupilId));
}

// Pupils not free to join a class: in a class (in the bin too, other than `exceptClassId`), or in
// the restore bin themselves — plus binned teachers, so neither shows up to be picked.
export async function unavailableUserIds(tx: Tx, exceptClassId?: string): Promise<Set<string>> {
  const [members, binned] = await Promise.all([
    tx.classPupil.findMany({
      where: exceptClassId ? { classId: { not: exceptClassId } } : {},
      select: { pupilId: true },
    }),
    tx.binnedAccount.findMany({ select: { userId: true } }),
  ]);
  return new Set([...members.map((row) => row.pupilId), ...binned.map((row) => row.userId)]);
}

export function findPupilOfClass(tx: Tx, classId: string, pupilId: string) {
  return tx.classPupil.findUnique({ where: { classId_pupilId: { classId, pupilId } }, select: { username: true } });
}

// The app's copies of a pupil's username: every class list they are in, and a restore-bin entry.
export async function renamePupilCopies(tx: Tx, pupilId: string, username: string): Promise<void> {
  await tx.classPupil.updateMany({ where: { pupilId }, data: { username } });
  await tx.binnedAccount.updateMany({ where: { userId: pupilId }, data: { username } });
}
