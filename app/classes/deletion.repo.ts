import type { Tx } from '../lib/db';

// Null when the class is gone or already deleted (e.g. by a racing request).
export async function markClassDeleted(tx: Tx, classId: string): Promise<string[] | null> {
  const { count } = await tx.schoolClass.updateMany({
    where: { id: classId, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (count === 0) return null;
  return (await tx.classPupil.findMany({ where: { classId }, select: { pupilId: true } })).map((p) => p.pupilId);
}

// Classes marked deleted before `before`, with the pupils that belong to no other live class.
// `onlyClassId`: just that class (a request purges what it deleted, never other schools' backlog).
export async function findPurgeable(tx: Tx, before: Date, onlyClassId?: string) {
  const classes = await tx.schoolClass.findMany({
    where: { deletedAt: { lte: before }, ...(onlyClassId ? { id: onlyClassId } : {}) },
    select: { id: true, schoolId: true, pupils: { select: { pupilId: true } } },
  });
  const result: { classId: string; schoolId: string; pupilIds: string[] }[] = [];
  for (const schoolClass of classes) {
    const pupilIds = schoolClass.pupils.map((p) => p.pupilId);
    const elsewhere = await tx.classPupil.findMany({
      where: { pupilId: { in: pupilIds }, classId: { not: schoolClass.id }, class: { deletedAt: null } },
      select: { pupilId: true },
    });
    const kept = new Set(elsewhere.map((p) => p.pupilId));
    result.push({
      classId: schoolClass.id,
      schoolId: schoolClass.schoolId,
      pupilIds: pupilIds.filter((id) => !kept.has(id)),
    });
  }
  return result;
}

// The class itself (its memberships, teachers and assignments go with it).
export async function deleteClassRow(tx: Tx, classId: string): Promise<void> {
  // deleteMany: two purges may race (a request's and the hourly job's); the second finds it gone.
  await tx.schoolClass.deleteMany({ where: { id: classId } });
}
