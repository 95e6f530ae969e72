// "May this caller work on this class / pupil / study?" Each check runs in the caller's own
// transaction, so the check and the work it guards see the same rows and commit together.
//   class   teachers of the class, and every school admin of its school (RLS keeps it to the school)
//   pupil   the same, and the pupil must be in that class
//   bin     a class in the restore bin: its teachers and the school admins; an account in the bin:
//           the school admins, and for a pupil also the teachers of a class the pupil was in
//   study   the study's own researchers; everybody else gets 403 (a study's existence is no secret
//           to a signed-in researcher, its data is)
import type { Tx } from '../lib/db';
import { AppError } from '../lib/errors';
import {
  classIdsTaughtBy,
  findBinnedAccountEntry,
  findDeletedClass,
  findLiveClass,
  isPupilOfClass,
  isResearcherOfStudy,
  isTeacherOfClass,
} from './access.repo';
import { isResearcher, isSchoolAdmin, type Caller, type SchoolCaller } from './callers';

export async function requireClassAccess(tx: Tx, caller: SchoolCaller, classId: string) {
  const schoolClass = await findLiveClass(tx, classId);
  if (!schoolClass) throw AppError.notFound('No such class');
  if (!isSchoolAdmin(caller) && !(await isTeacherOfClass(tx, classId, caller.userId)))
    throw AppError.forbidden('This is not your class');
  return schoolClass;
}

export async function requirePupilAccess(tx: Tx, caller: SchoolCaller, classId: string, pupilId: string) {
  const schoolClass = await requireClassAccess(tx, caller, classId);
  if (!(await isPupilOfClass(tx, classId, pupilId))) throw AppError.notFound('No such pupil in this class');
  return schoolClass;
}

export async function requireBinnedClassAccess(tx: Tx, caller: SchoolCaller, classId: string): Promise<void> {
  if (!(await findDeletedClass(tx, classId))) throw AppError.notFound('No such class in the bin');
  if (!isSchoolAdmin(caller) && !(await isTeacherOfClass(tx, classId, caller.userId)))
    throw AppError.forbidden('This is not your class');
}

export async function requireBinnedAccountAccess(tx: Tx, caller: SchoolCaller, userId: string): Promise<void> {
  const entry = await findBinnedAccountEntry(tx, userId);
  if (!entry) throw AppError.notFound('No such account in the bin');
  if (isSchoolAdmin(caller)) return;
  const taught = new Set(await classIdsTaughtBy(tx, caller.userId));
  if (entry.kind !== 'pupil' || !entry.classIds.some((classId) => taught.has(classId)))
    throw AppError.forbidden('Only a school admin, or a teacher of their class, can do this');
}

export async function requireStudyAccess(tx: Tx, caller: Caller, studyId: string): Promise<void> {
  if (!isResearcher(caller) || !(await isResearcherOfStudy(tx, studyId, caller.userId)))
    throw AppError.forbidden('You are not a researcher of this study');
}
