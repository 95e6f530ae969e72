// Platform and researcher side of studies: set-up by a platform admin, exports requested and
// downloaded by the study's own researchers, the study's end (its key destroyed), revocations.
import { join } from 'node:path';
import { isPlatformAdmin, requireStudyAccess, type Caller } from '../access';
import type { KeycloakAdmin } from '../keycloak';
import type { PrismaClient } from '../generated/prisma/client';
import { AppError } from '../lib/errors';
import { FILE_NAMES, type ExportFormat, type TimeCoarsening } from './export-formats';
import type { ExportJobs } from './export-jobs';
import type { ExportOptions } from './export-job';
import {
  destroyStudyKey,
  recordDownload,
  findExport,
  findStudyWithKey,
  insertExport,
  insertStudy,
  listExports,
  listRevocations,
  listStudies,
  schoolsExist,
} from './studies.repo';
import type { StudyKeyring } from './study-keys';
import { isoDay, weekEndOf, weekStartOf } from './iso-day';

export type StudyDeps = {
  platform: PrismaClient;
  keycloak: KeycloakAdmin;
  keyring: StudyKeyring;
  jobs: ExportJobs;
  exportDir: string;
};

export async function createStudy(
  deps: StudyDeps,
  caller: Caller,
  input: {
    name: string;
    purpose: string;
    from: string;
    to: string;
    minGroupSize: number;
    timeCoarsening: TimeCoarsening;
    durationPrecisionMs: number;
    linkageThresholdPercent: number;
    researcherIds: string[];
    schoolIds: string[];
  },
) {
  if (input.to < input.from) throw AppError.badRequest('"to" must not be before "from"');
  if ((await schoolsExist(deps.platform, input.schoolIds)) !== input.schoolIds.length)
    throw AppError.badRequest('Unknown school id in "schoolIds"');
  for (const researcherId of input.researcherIds) {
    if (!(await deps.keycloak.hasRealmRole(researcherId, 'researcher')))
      throw AppError.badRequest(`User ${researcherId} is not a researcher (role "researcher", with 2FA)`);
  }
  return insertStudy(deps.platform, {
    name: input.name,
    purpose: input.purpose,
    rangeFrom: new Date(`${input.from}T00:00:00Z`),
    rangeTo: new Date(`${input.to}T00:00:00Z`),
    minGroupSize: input.minGroupSize,
    timeCoarsening: input.timeCoarsening,
    durationPrecisionMs: input.durationPrecisionMs,
    linkageThresholdPercent: input.linkageThresholdPercent,
    createdBy: caller.userId,
    sealedKey: deps.keyring.newSealedKey(),
    researcherIds: input.researcherIds,
    schoolIds: input.schoolIds,
  });
}

export async function endStudy(deps: StudyDeps, studyId: string) {
  const ended = await destroyStudyKey(deps.platform, studyId);
  if (ended.count === 0) {
    if (!(await findStudyWithKey(deps.platform, studyId))) throw AppError.notFound('No such study');
    throw new AppError(409, 'study_ended', 'This study has already ended');
  }
  return { studyId, isEnded: true };
}

export async function studiesFor(deps: StudyDeps, caller: Caller) {
  const studies = await listStudies(deps.platform, isPlatformAdmin(caller) ? null : caller.userId);
  return studies.map(({ schools, _count, rangeFrom, rangeTo, ...study }) => ({
    ...study,
    from: isoDay(rangeFrom),
    to: isoDay(rangeTo),
    isEnded: study.endedAt !== null,
    researchers: _count.researchers,
    schoolsInvited: schools.length,
    schoolsOptedIn: schools.filter((s) => s.isOptedIn).length,
  }));
}

// A week-coarsened study exports whole weeks only (widened to the weeks the range touches, within the
// study's own range): two exports ending on different weekdays could otherwise be subtracted from
// each other to show single days, which the study's coarsening promises never to release.
function alignedRange(
  asked: { from: string; to: string },
  study: { rangeFrom: Date; rangeTo: Date },
  coarsening: TimeCoarsening,
) {
  if (coarsening !== 'week') return asked;
  const [first, last] = [isoDay(study.rangeFrom), isoDay(study.rangeTo)];
  const from = weekStartOf(asked.from) < first ? first : weekStartOf(asked.from);
  const to = weekEndOf(asked.to) > last ? last : weekEndOf(asked.to);
  return { from, to };
}

export async function requestExport(
  deps: StudyDeps,
  caller: Caller,
  studyId: string,
  input: { format: ExportFormat; from?: string; to?: string; topics?: string[]; suppressSmallGroups: boolean },
) {
  // The access check and the work in one transaction: a researcher removed meanwhile gets nothing.
  const created = await deps.platform.$transaction(async (tx) => {
    await requireStudyAccess(tx, caller, studyId);
    const study = await findStudyWithKey(tx, studyId);
    if (!study) throw AppError.notFound('No such study');
    if (!study.sealedKey)
      throw new AppError(409, 'study_ended', 'This study has ended; nothing can be exported any more');
    const asked = { from: input.from ?? isoDay(study.rangeFrom), to: input.to ?? isoDay(study.rangeTo) };
    if (asked.from < isoDay(study.rangeFrom) || asked.to > isoDay(study.rangeTo) || asked.to < asked.from) {
      throw AppError.badRequest(
        `The range must lie within the study's range ${isoDay(study.rangeFrom)} … ${isoDay(study.rangeTo)}`,
      );
    }
    const { from, to } = alignedRange(asked, study, study.timeCoarsening as TimeCoarsening);
    const options: ExportOptions = {
      format: input.format,
      coarsening: study.timeCoarsening as TimeCoarsening,
      from,
      to,
      topics: input.topics ?? null,
      suppressSmallGroups: input.suppressSmallGroups,
    };
    return insertExport(tx, { studyId, requestedBy: caller.userId, options });
  });
  deps.jobs.enqueue(created.id);
  return exportView(created);
}

export async function exportStatus(deps: StudyDeps, caller: Caller, exportId: string) {
  return deps.platform.$transaction(async (tx) => {
    const found = await findExport(tx, exportId);
    if (!found) throw AppError.notFound('No such export');
    await requireStudyAccess(tx, caller, found.studyId);
    return exportView(found);
  });
}

// Where the file is (its folder and name), once the export is ready and while its files are kept.
export async function exportFilePath(deps: StudyDeps, caller: Caller, exportId: string, name: string) {
  return deps.platform.$transaction(async (tx) => {
    const found = await findExport(tx, exportId);
    if (!found) throw AppError.notFound('No such export');
    await requireStudyAccess(tx, caller, found.studyId);
    if (found.status !== 'ready')
      throw new AppError(
        409,
        'export_not_ready',
        `The export is ${found.status}; files can be downloaded once it is ready`,
      );
    if (found.filesDeletedAt)
      throw new AppError(
        410,
        'export_files_deleted',
        'The files of this export were deleted after the retention period; request a new export',
      );
    if (!filesOf(found.options as ExportOptions).includes(name)) throw AppError.notFound('No such file in this export');
    await recordDownload(tx, exportId, found.studyId, caller.userId, name);
    return { root: join(deps.exportDir, exportId), name };
  });
}

export async function exportsOf(deps: StudyDeps, caller: Caller, studyId: string | null) {
  return deps.platform.$transaction(async (tx) => {
    if (studyId) await requireStudyAccess(tx, caller, studyId);
    else if (!isPlatformAdmin(caller)) throw AppError.forbidden();
    return (await listExports(tx, studyId)).map(exportView);
  });
}

export async function revocationsOf(deps: StudyDeps, caller: Caller, studyId: string) {
  return deps.platform.$transaction(async (tx) => {
    await requireStudyAccess(tx, caller, studyId);
    return listRevocations(tx, studyId);
  });
}

type StoredExport = NonNullable<Awaited<ReturnType<typeof findExport>>>;

function filesOf(options: ExportOptions) {
  return [FILE_NAMES[options.format], 'codebook.json', 'manifest.json'];
}

function exportView(e: StoredExport) {
  const options = e.options as ExportOptions;
  return {
    id: e.id,
    studyId: e.studyId,
    requestedBy: e.requestedBy,
    status: e.status,
    options,
    progress: { rowsDone: e.rowsDone, rowsTotal: e.rowsTotal },
    riskReport: e.riskReport,
    problem: e.problem,
    createdAt: e.createdAt,
    finishedAt: e.finishedAt,
    files:
      e.status === 'ready' && !e.filesDeletedAt
        ? filesOf(options).map((name) => ({ name, href: `/api/research/exports/${e.id}/files/${name}` }))
        : [],
    manifest: e.manifest,
  };
}
