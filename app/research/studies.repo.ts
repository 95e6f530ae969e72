// Studies, their researchers and schools, exports and revocations (platform role), and what a
// school sees of them (app role, inside inSchool: row-level security, no study keys).
import type { PrismaClient } from '../generated/prisma/client';
import type { Tx } from '../lib/db';

const studyFields = {
  id: true,
  name: true,
  purpose: true,
  rangeFrom: true,
  rangeTo: true,
  minGroupSize: true,
  timeCoarsening: true,
  createdAt: true,
  endedAt: true,
} as const;

// Platform role only (the school role's column grant leaves them out, like the key).
const disclosureFields = { durationPrecisionMs: true, linkageThresholdPercent: true } as const;

export type NewStudy = {
  name: string;
  purpose: string;
  rangeFrom: Date;
  rangeTo: Date;
  minGroupSize: number;
  timeCoarsening: string;
  // The database's defaults (1000 ms, 5 %) when left out.
  durationPrecisionMs?: number;
  linkageThresholdPercent?: number;
  createdBy: string;
  sealedKey: string;
  researcherIds: string[];
  schoolIds: string[];
};

export function insertStudy(platform: PrismaClient, study: NewStudy) {
  const { researcherIds, schoolIds, ...data } = study;
  return platform.study.create({
    data: {
      ...data,
      researchers: { create: researcherIds.map((researcherId) => ({ researcherId })) },
      schools: { create: schoolIds.map((schoolId) => ({ schoolId })) },
    },
    select: { ...studyFields, ...disclosureFields },
  });
}

export function findStudyWithKey(platform: Tx, studyId: string) {
  return platform.study.findUnique({
    where: { id: studyId },
    select: {
      ...studyFields,
      ...disclosureFields,
      sealedKey: true,
      schools: { select: { schoolId: true, isOptedIn: true } },
    },
  });
}

export function listStudies(platform: PrismaClient, researcherId: string | null) {
  return platform.study.findMany({
    where: researcherId ? { researchers: { some: { researcherId } } } : {},
    orderBy: { createdAt: 'desc' },
    select: {
      ...studyFields,
      schools: { select: { schoolId: true, isOptedIn: true } },
      _count: { select: { researchers: true } },
    },
  });
}

export function destroyStudyKey(platform: PrismaClient, studyId: string) {
  return platform.study.updateMany({
    where: { id: studyId, endedAt: null },
    data: { sealedKey: null, endedAt: new Date() },
  });
}

export function schoolsExist(platform: PrismaClient, schoolIds: string[]) {
  return platform.school.count({ where: { id: { in: schoolIds } } });
}

// Every school with its name and handle, for a platform admin's pick list of invited schools.
export function listSchoolNames(platform: PrismaClient) {
  return platform.school.findMany({
    select: { id: true, name: true, slug: true },
    orderBy: [{ name: 'asc' }, { slug: 'asc' }],
  });
}

// Running studies a school was invited to, with their sealed keys (for revocations).
export function runningStudiesOfSchool(platform: PrismaClient, schoolId: string) {
  return platform.study.findMany({
    where: { endedAt: null, sealedKey: { not: null }, schools: { some: { schoolId } } },
    select: { id: true, sealedKey: true },
  });
}

export function insertRevocations(
  platform: PrismaClient,
  rows: { studyId: string; pseudonym: string; reason: string }[],
) {
  return platform.studyRevocation.createMany({ data: rows, skipDuplicates: true });
}

export function listRevocations(platform: Tx, studyId: string) {
  return platform.studyRevocation.findMany({
    where: { studyId },
    orderBy: { createdAt: 'asc' },
    select: { pseudonym: true, reason: true, createdAt: true },
  });
}

// --- exports ---------------------------------------------------------------------------------

const exportFields = {
  id: true,
  studyId: true,
  requestedBy: true,
  status: true,
  options: true,
  rowsTotal: true,
  rowsDone: true,
  manifest: true,
  riskReport: true,
  problem: true,
  createdAt: true,
  finishedAt: true,
  filesDeletedAt: true,
} as const;

export function insertExport(platform: Tx, data: { studyId: string; requestedBy: string; options: object }) {
  return platform.studyExport.create({ data: { ...data, status: 'queued' }, select: exportFields });
}

export function findExport(platform: Tx, exportId: string) {
  return platform.studyExport.findUnique({ where: { id: exportId }, select: exportFields });
}

export function listExports(platform: Tx, studyId: string | null) {
  return platform.studyExport.findMany({
    where: studyId ? { studyId } : {},
    orderBy: { createdAt: 'desc' },
    take: 500,
    select: exportFields,
  });
}

export async function claimExport(platform: PrismaClient, exportId: string): Promise<boolean> {
  const claimed = await platform.studyExport.updateMany({
    where: { id: exportId, status: 'queued' },
    data: { status: 'running', heartbeatAt: new Date() },
  });
  return claimed.count === 1;
}

export function queuedExportIds(platform: PrismaClient) {
  return platform.studyExport.findMany({
    where: { status: 'queued' },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
}

// Exports left "running" by a process that ended (crash, deploy) are failed; they can be asked again.
export async function failAbandonedExports(platform: PrismaClient, silentSince: Date): Promise<string[]> {
  const failed = await platform.studyExport.updateManyAndReturn({
    where: {
      status: 'running',
      OR: [{ heartbeatAt: { lt: silentSince } }, { heartbeatAt: null, createdAt: { lt: silentSince } }],
    },
    data: {
      status: 'failed',
      problem: 'The export was interrupted (server restart). Please request it again.',
      finishedAt: new Date(),
    },
    select: { id: true },
  });
  return failed.map((e) => e.id);
}

export function updateExport(
  platform: PrismaClient,
  exportId: string,
  data: {
    status?: string;
    rowsTotal?: number;
    rowsDone?: number;
    manifest?: object;
    riskReport?: object;
    problem?: string;
    finishedAt?: Date;
  },
) {
  return platform.studyExport.update({
    where: { id: exportId },
    data: { ...data, heartbeatAt: new Date() },
    select: { id: true },
  });
}

// Every download is audited in each school whose data the export carries (who, which file).
export async function recordDownload(platform: Tx, exportId: string, studyId: string, userId: string, file: string) {
  const schools = await platform.studyExportClass.findMany({
    where: { exportId },
    distinct: ['schoolId'],
    select: { schoolId: true },
  });
  await platform.auditEvent.createMany({
    data: schools.map(({ schoolId }) => ({
      schoolId,
      actorId: userId,
      action: 'research.downloaded',
      targetType: 'study',
      targetId: studyId,
      details: { exportId, file },
    })),
  });
}

export function exportsWithFilesBefore(platform: PrismaClient, before: Date) {
  return platform.studyExport.findMany({
    where: { status: 'ready', filesDeletedAt: null, finishedAt: { lt: before } },
    select: { id: true },
  });
}

export function markFilesDeleted(platform: PrismaClient, exportId: string) {
  return platform.studyExport.update({
    where: { id: exportId },
    data: { filesDeletedAt: new Date() },
    select: { id: true },
  });
}

// --- what a school sees (app role, RLS) -------------------------------------------------------

export function listSchoolStudies(tx: Tx) {
  return tx.studySchool.findMany({
    orderBy: { study: { createdAt: 'desc' } },
    select: { isOptedIn: true, decidedAt: true, study: { select: studyFields } },
  });
}

export function setParticipation(tx: Tx, schoolId: string, studyId: string, isOptedIn: boolean, userId: string) {
  return tx.studySchool.updateMany({
    where: { studyId, schoolId },
    data: { isOptedIn, decidedBy: userId, decidedAt: new Date() },
  });
}

// Idempotent, also when two requests race: a pupil objects once.
export function insertObjection(tx: Tx, schoolId: string, pupilId: string, recordedBy: string) {
  return tx.researchObjection.createMany({ data: [{ schoolId, pupilId, recordedBy }], skipDuplicates: true });
}

export function deleteObjection(tx: Tx, schoolId: string, pupilId: string) {
  return tx.researchObjection.deleteMany({ where: { schoolId, pupilId } });
}

export function findObjection(tx: Tx, schoolId: string, pupilId: string) {
  return tx.researchObjection.findUnique({
    where: { schoolId_pupilId: { schoolId, pupilId } },
    select: { createdAt: true },
  });
}

// Exports that carried rows of this school, per class; `classIds` narrows to a teacher's classes.
export function exportsOfSchool(tx: Tx, classIds: string[] | null) {
  return tx.studyExportClass.findMany({
    where: classIds ? { classId: { in: classIds } } : {},
    orderBy: { export: { createdAt: 'desc' } },
    take: 500,
    select: {
      classId: true,
      rows: true,
      export: { select: { id: true, studyId: true, createdAt: true, finishedAt: true } },
    },
  });
}

export function studyNames(tx: Tx, studyIds: string[]) {
  return tx.study.findMany({ where: { id: { in: studyIds } }, select: { id: true, name: true } });
}
