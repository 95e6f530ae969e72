// One export, start to end, run as a job (status and progress in study_exports):
//   1. candidate rows into a temporary table (one transaction, one snapshot), with group sizes;
//   2. the risk report and suppression counts from it; refused when a group of quasi-identifiers
//      (school, class, grade, coarsened time) is below k and suppression was not asked for;
//   3. the released rows streamed with COPY through the pseudonymizing writer into the file,
//      hashed on the way (constant memory, back-pressure end to end);
//   4. codebook and manifest beside it; which classes went out; audit rows for every school.
// Files are written under a temporary name and renamed when complete, so a download never sees
// half a file.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Pool } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import type { PrismaClient } from '../generated/prisma/client';
import { loggable } from '../lib/error-middleware';
import type { Logger } from '../lib/logger';
import { codebook, DATASHOP_NOTE, FILE_NAMES, header, type ExportFormat, type TimeCoarsening } from './export-formats';
import {
  COUNT_OBJECTIONS,
  createCandidateTable,
  EXPORT_SETTINGS,
  markSchools,
  NO_CLASS,
  releasedClasses,
  releasedRows,
  summarise,
} from './export-query.sql';
import { HashingTap, PseudonymizingWriter } from './export-writer';
import { claimExport, findExport, findStudyWithKey, updateExport } from './studies.repo';
import type { StudyKeyring } from './study-keys';
import { isoDay } from './iso-day';

export type ExportOptions = {
  format: ExportFormat;
  coarsening: TimeCoarsening;
  from: string;
  to: string;
  topics: string[] | null;
  suppressSmallGroups: boolean;
};
export type ExportDeps = {
  platform: PrismaClient;
  platformPool: Pool;
  keyring: StudyKeyring;
  exportDir: string;
  logger: Logger;
  softwareVersion: string;
};

type Summary = {
  candidate_rows: number;
  candidate_pupils: number;
  small_class_rows: number;
  small_classes: number;
  small_school_rows: number;
  small_schools: number;
  kept_rows: number;
  kept_pupils: number;
  groups: number;
  smallest_group: number;
  smallest_group_of_k: number;
  pupils_of_groups_of_k: number;
  small_groups: number;
  small_group_rows: number;
  unique_pupils: number;
};

export async function runExport(deps: ExportDeps, exportId: string): Promise<void> {
  if (!(await claimExport(deps.platform, exportId))) return;
  const dir = join(deps.exportDir, exportId);
  // Alive while the job runs (also through the minutes of building the candidate rows), so that no
  // other instance takes it for abandoned.
  const heartbeat = setInterval(() => void beat(deps.platform, exportId).catch(() => {}), 20_000);
  try {
    const job = (await findExport(deps.platform, exportId))!;
    const study = await findStudyWithKey(deps.platform, job.studyId);
    const options = job.options as ExportOptions;
    if (!study?.sealedKey)
      return void (await finish(deps, exportId, 'refused', {
        problem: 'The study has ended; its key is destroyed and nothing can be exported any more.',
      }));
    const schoolIds = study.schools.filter((s) => s.isOptedIn).map((s) => s.schoolId);
    const k = study.minGroupSize;
    await mkdir(dir, { recursive: true });
    const client = await deps.platformPool.connect();
    try {
      await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ; ${EXPORT_SETTINGS}`);
      const params = [schoolIds, options.from, options.to, options.topics];
      await client.query(createCandidateTable(options.coarsening), [
        ...params,
        isoDay(study.rangeFrom),
        isoDay(study.rangeTo),
        randomBytes(16).toString('hex'),
      ]);
      await client.query(markSchools(k));
      const summary = (await client.query<Summary>(summarise(k))).rows[0]!;
      const objections = (await client.query<{ pupils: number; rows: number }>(COUNT_OBJECTIONS, params)).rows[0]!;
      const risk = riskReport(summary, k, options.suppressSmallGroups);
      if (summary.small_groups > 0 && !options.suppressSmallGroups) {
        await client.query('ROLLBACK');
        await rm(dir, { recursive: true, force: true });
        return void (await finish(deps, exportId, 'refused', {
          riskReport: risk,
          problem:
            `${summary.small_groups} group(s) of school, class, grade and time have fewer than ${k} pupils ` +
            `(smallest: ${summary.smallest_group}). ` +
            'Ask for suppression of small groups, or a wider range; the time coarsening is fixed per study.',
        }));
      }
      const rowsTotal = summary.kept_rows - (options.suppressSmallGroups ? summary.small_group_rows : 0);
      await updateExport(deps.platform, exportId, { rowsTotal, riskReport: risk });

      const dataFile = await writeDataFile(deps, client, study.sealedKey, options, k, dir, exportId);
      const classes = (
        await client.query<{ school_id: string; class_id: string; rows: number }>(
          releasedClasses(k, options.suppressSmallGroups),
        )
      ).rows;
      await client.query('COMMIT');

      const codebookFile = await writeJson(dir, 'codebook.json', {
        columns: codebook(options.coarsening),
        ...(options.format === 'datashop' ? { datashop: DATASHOP_NOTE } : {}),
        rowsAre: 'One row per submitted attempt (tasks served but never answered are not exported).',
        stripped:
          'Names, usernames, e-mail addresses, Keycloak and internal ids, IP addresses, user agents and any ' +
          'typed text are never exported.',
      });
      const manifest = {
        study: {
          id: study.id,
          name: study.name,
          purpose: study.purpose,
          range: { from: isoDay(study.rangeFrom), to: isoDay(study.rangeTo) },
        },
        export: { id: exportId, createdAt: job.createdAt.toISOString(), format: options.format },
        filters: {
          from: options.from,
          to: options.to,
          topics: options.topics,
          timeCoarsening: options.coarsening,
          schools: schoolIds.length,
        },
        k,
        rows: {
          exported: dataFile.rows,
          candidates: summary.candidate_rows + objections.rows,
          pupils: options.suppressSmallGroups ? summary.pupils_of_groups_of_k : summary.kept_pupils,
        },
        suppressed: {
          objectingPupils: objections.pupils,
          objectingPupilRows: objections.rows,
          smallClasses: summary.small_classes,
          smallClassRows: summary.small_class_rows,
          smallSchools: summary.small_schools,
          smallSchoolRows: summary.small_school_rows,
          smallGroups: options.suppressSmallGroups ? summary.small_groups : 0,
          smallGroupRows: options.suppressSmallGroups ? summary.small_group_rows : 0,
        },
        riskReport: risk,
        files: [
          { name: FILE_NAMES[options.format], bytes: dataFile.bytes, sha256: dataFile.sha256 },
          { name: 'codebook.json', bytes: codebookFile.bytes, sha256: codebookFile.sha256 },
        ],
        software: { name: 'schulid', version: deps.softwareVersion },
      };
      await writeJson(dir, 'manifest.json', manifest);
      await deps.platform.$transaction(async (tx) => {
        await tx.studyExportClass.createMany({
          data: classes.map((c) => ({
            exportId,
            schoolId: c.school_id,
            classId: c.class_id === NO_CLASS ? null : c.class_id,
            rows: c.rows,
          })),
        });
        const perSchool = new Map<string, number>();
        for (const c of classes) perSchool.set(c.school_id, (perSchool.get(c.school_id) ?? 0) + c.rows);
        await tx.auditEvent.createMany({
          data: [...perSchool].map(([schoolId, rows]) => ({
            schoolId,
            actorId: job.requestedBy,
            action: 'research.exported',
            targetType: 'study',
            targetId: study.id,
            details: {
              exportId,
              rows,
              format: options.format,
              timeCoarsening: options.coarsening,
              from: options.from,
              to: options.to,
            },
          })),
        });
        const done = await tx.studyExport.updateMany({
          where: { id: exportId, status: 'running' },
          data: { status: 'ready', rowsDone: dataFile.rows, manifest, finishedAt: new Date() },
        });
        if (done.count !== 1) throw new Error('the export was marked abandoned meanwhile');
      });
      deps.logger.info({ exportId, rows: dataFile.rows }, 'research export ready');
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  } catch (err) {
    deps.logger.error({ err: loggable(err), exportId }, 'research export failed');
    await rm(dir, { recursive: true, force: true }).catch(() => {});
    await finish(deps, exportId, 'failed', {
      problem: 'The export failed. Please request it again; the team has been notified in the logs.',
    }).catch(() => {});
  } finally {
    clearInterval(heartbeat);
  }
}

async function writeDataFile(
  deps: ExportDeps,
  client: import('pg').PoolClient,
  sealedKey: string,
  options: ExportOptions,
  k: number,
  dir: string,
  exportId: string,
) {
  const writer = new PseudonymizingWriter(deps.keyring.pseudonymizer(sealedKey), options.format, options.coarsening);
  const tap = new HashingTap();
  const name = FILE_NAMES[options.format];
  const partial = join(dir, `${name}.partial`);
  const file = createWriteStream(partial);
  tap.write(header(options.format));
  const progress = setInterval(
    () => void updateExport(deps.platform, exportId, { rowsDone: writer.rows }).catch(() => {}),
    1000,
  );
  try {
    const copy = client.query(copyTo(`COPY (${releasedRows(k, options.suppressSmallGroups)}) TO STDOUT`));
    await pipeline(copy, writer, tap, file);
  } finally {
    clearInterval(progress);
  }
  await rename(partial, join(dir, name));
  return { rows: writer.rows, bytes: tap.bytes, sha256: tap.digest() };
}

async function writeJson(dir: string, name: string, value: unknown) {
  const text = JSON.stringify(value, null, 2) + '\n';
  await writeFile(join(dir, name), text);
  return { bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
}

function riskReport(s: Summary, k: number, suppressSmallGroups: boolean) {
  return {
    quasiIdentifiers: ['school', 'class', 'grade', 'time'],
    k,
    pupils: s.kept_pupils,
    groups: s.groups,
    smallestGroupPupils: s.smallest_group,
    groupsBelowK: s.small_groups,
    pupilsUniqueInSomeGroup: s.unique_pupils,
    suppressionApplied: suppressSmallGroups,
    smallestGroupReleased: suppressSmallGroups ? s.smallest_group_of_k : s.smallest_group,
  };
}

// Only a running export ends this way (one marked abandoned meanwhile keeps that status).
async function finish(
  deps: ExportDeps,
  exportId: string,
  status: 'refused' | 'failed',
  data: { problem: string; riskReport?: object },
) {
  await deps.platform.studyExport.updateMany({
    where: { id: exportId, status: 'running' },
    data: { status, ...data, finishedAt: new Date() },
  });
}

function beat(platform: PrismaClient, exportId: string) {
  return platform.studyExport.updateMany({
    where: { id: exportId, status: 'running' },
    data: { heartbeatAt: new Date() },
  });
}
