// The few reads the access checks need, run in the caller's own transaction (row-level security
// already keeps them to the caller's school).
import type { Tx } from '../lib/db';

export function findLiveClass(tx: Tx, classId: string) {
  return tx.schoolClass.findFirst({ where: { id: classId, deletedAt: null }, select: { id: true, name: true } });
}

export async function isTeacherOfClass(tx: Tx, classId: string, teacherId: string): Promise<boolean> {
  return (await tx.classTeacher.count({ where: { classId, teacherId } })) === 1;
}

export async function isPupilOfClass(tx: Tx, classId: string, pupilId: string): Promise<boolean> {
  return (await tx.classPupil.count({ where: { classId, pupilId } })) === 1;
}

export async function isResearcherOfStudy(tx: Tx, studyId: string, researcherId: string): Promise<boolean> {
  return (await tx.studyResearcher.count({ where: { studyId, researcherId } })) === 1;
}

export function findDeletedClass(tx: Tx, classId: string) {
  return tx.schoolClass.findFirst({ where: { id: classId, deletedAt: { not: null } }, select: { id: true } });
}

// The classes a teacher teaches, deleted ones (in the bin) included.
export async function classIdsTaughtBy(tx: Tx, teacherId: string): Promise<string[]> {
  return (await tx.classTeacher.findMany({ where: { teacherId }, select: { classId: true } })).map((t) => t.classId);
}

export function findBinnedAccountEntry(tx: Tx, userId: string) {
  return tx.binnedAccount.findUnique({ where: { userId }, select: { kind: true, classIds: true } });
}
