// The school's side of research: which studies invited the school and whether it takes part (a
// school admin decides), pupils' objections (GDPR Art. 21; teachers of the pupil's class or school
// admins), and which studies received the school's data and when.
import { recordAudit } from '../audit';
import { isSchoolAdmin, requirePupilAccess, type SchoolCaller } from '../access';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import {
  deleteObjection,
  exportsOfSchool,
  findObjection,
  insertObjection,
  insertRevocations,
  listSchoolStudies,
  runningStudiesOfSchool,
  setParticipation,
  studyNames,
} from './studies.repo';
import type { StudyKeyring } from './study-keys';
import { isoDay } from './iso-day';

export async function studiesOfSchool(db: PrismaClient, staff: SchoolCaller) {
  const rows = await inSchool(db, staff.schoolId, listSchoolStudies);
  return rows.map(({ study, isOptedIn, decidedAt }) => ({
    id: study.id,
    name: study.name,
    purpose: study.purpose,
    from: isoDay(study.rangeFrom),
    to: isoDay(study.rangeTo),
    minGroupSize: study.minGroupSize,
    isEnded: study.endedAt !== null,
    isOptedIn,
    decidedAt,
  }));
}

// What the privacy notice tells everybody: the studies the school takes part in (opted in).
export async function studiesTakenPartIn(db: PrismaClient, schoolId: string) {
  const rows = await inSchool(db, schoolId, listSchoolStudies);
  return rows
    .filter(({ isOptedIn }) => isOptedIn)
    .map(({ study }) => ({
      name: study.name,
      purpose: study.purpose,
      from: isoDay(study.rangeFrom),
      to: isoDay(study.rangeTo),
      isEnded: study.endedAt !== null,
    }));
}

export async function decideParticipation(db: PrismaClient, staff: SchoolCaller, studyId: string, isOptedIn: boolean) {
  return inSchool(db, staff.schoolId, async (tx) => {
    const changed = await setParticipation(tx, staff.schoolId, studyId, isOptedIn, staff.userId);
    if (changed.count === 0) throw AppError.notFound('Your school is not invited to this study');
    await recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: isOptedIn ? 'research.opted_in' : 'research.opted_out',
      targetType: 'study',
      targetId: studyId,
    });
    return { studyId, isOptedIn };
  });
}

// An objection keeps the pupil out of every future export; for every running study of the school
// the pupil's pseudonym goes on the study's revocation list (researchers delete their rows).
export async function setObjection(
  db: PrismaClient,
  platform: PrismaClient,
  keyring: StudyKeyring,
  staff: SchoolCaller,
  classId: string,
  pupilId: string,
  objects: boolean,
) {
  await inSchool(db, staff.schoolId, (tx) => requirePupilAccess(tx, staff, classId, pupilId));
  if (!objects && !isSchoolAdmin(staff)) throw AppError.forbidden('Only a school admin can withdraw an objection');
  // Revocations first: should the objection then fail, a retry finds them there (no duplicates).
  if (objects) await revokePupils(platform, keyring, staff.schoolId, [pupilId], 'objection');
  await inSchool(db, staff.schoolId, async (tx) => {
    await requirePupilAccess(tx, staff, classId, pupilId);
    if (objects) await insertObjection(tx, staff.schoolId, pupilId, staff.userId);
    else await deleteObjection(tx, staff.schoolId, pupilId);
    await recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: objects ? 'research.objection_recorded' : 'research.objection_withdrawn',
      targetType: 'pupil',
      targetId: pupilId,
    });
  });
  return { pupilId, objects };
}

export async function objectionOf(db: PrismaClient, staff: SchoolCaller, classId: string, pupilId: string) {
  const found = await inSchool(db, staff.schoolId, async (tx) => {
    await requirePupilAccess(tx, staff, classId, pupilId);
    return findObjection(tx, staff.schoolId, pupilId);
  });
  return { pupilId, objects: found !== null, since: found?.createdAt ?? null };
}

// Also called when pupils are deleted: their pseudonyms are revoked in every running study.
// Returns the ids of studies whose key could not be opened (wrong master key): they are skipped,
// so that a broken study never blocks a pupil's erasure; the caller logs them.
export async function revokePupils(
  platform: PrismaClient,
  keyring: StudyKeyring,
  schoolId: string,
  pupilIds: string[],
  reason: 'objection' | 'deleted',
): Promise<string[]> {
  if (pupilIds.length === 0) return [];
  const skipped: string[] = [];
  const rows = (await runningStudiesOfSchool(platform, schoolId)).flatMap((study) => {
    try {
      const pseudonym = keyring.pseudonymizer(study.sealedKey!);
      return pupilIds.map((pupilId) => ({ studyId: study.id, pseudonym: pseudonym('pupil', pupilId), reason }));
    } catch {
      skipped.push(study.id);
      return [];
    }
  });
  if (rows.length > 0) await insertRevocations(platform, rows);
  return skipped;
}

// Teachers see the exports that carried their own classes; school admins every class of the school.
export async function exportsSeenBy(db: PrismaClient, staff: SchoolCaller) {
  return inSchool(db, staff.schoolId, async (tx) => {
    const teaches = isSchoolAdmin(staff)
      ? null
      : (await tx.classTeacher.findMany({ where: { teacherId: staff.userId }, select: { classId: true } })).map(
          (c) => c.classId,
        );
    const rows = await exportsOfSchool(tx, teaches);
    const names = new Map(
      (await studyNames(tx, [...new Set(rows.map((r) => r.export.studyId))])).map((s) => [s.id, s.name]),
    );
    const classNames = new Map(
      (
        await tx.schoolClass.findMany({
          where: { id: { in: rows.flatMap((r) => (r.classId ? [r.classId] : [])) } },
          select: { id: true, name: true },
        })
      ).map((c) => [c.id, c.name]),
    );
    const byExport = new Map<
      string,
      {
        exportId: string;
        studyId: string;
        study: string;
        exportedAt: Date | null;
        classes: { classId: string | null; name: string | null; rows: number }[];
      }
    >();
    for (const row of rows) {
      const entry = byExport.get(row.export.id) ?? {
        exportId: row.export.id,
        studyId: row.export.studyId,
        study: names.get(row.export.studyId) ?? '',
        exportedAt: row.export.finishedAt,
        classes: [],
      };
      entry.classes.push({
        classId: row.classId,
        name: row.classId ? (classNames.get(row.classId) ?? null) : null,
        rows: row.rows,
      });
      byExport.set(row.export.id, entry);
    }
    return [...byExport.values()];
  });
}
