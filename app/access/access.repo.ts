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
