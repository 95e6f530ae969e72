// One export, start to end, run as a job (status and progress in study_exports):
//   1. candidate rows of the study's whole range into a temporary table (one transaction, one
//      snapshot), durations and active times already as the study releases them;
//   2. suppression until the k-rules hold over what is released (export-suppression.ts); refused
//      when a group of quasi-identifiers is below k and suppression was not asked for;
//   3. the linkage-attack check on the released rows (export-linkage.ts); refused above the study's
//      threshold, with the report;
//   4. the data file, codebook and manifest (export-files.ts, export-manifest.ts); the released
//      attempts kept for later exports' checks; which classes went out; audit rows for every school.
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import type { PrismaClient } from '../generated/prisma/client';
import { loggable } from '../lib/error-middleware';
import type { Logger } from '../lib/logger';
import type { ExportFormat, TimeCoarsening } from './export-formats';
import { DIR_MODE, writeDataFile, writeJson } from './export-files';
import { linkageReport } from './export-linkage';
import {
  codebookDocument,
  manifestDocument,
  riskReport,
  suppressedCounts,
  type PerturbationError,
} from './export-manifest';
import { beat, finish, linkageProblem, smallGroupsProblem } from './export-status';
import { COUNT_OBJECTIONS, createCandidateTable, EXPORT_SETTINGS, PERTURBATION_ERROR } from './export-query.sql';
import { groupRisk, suppress, SUMMARISE, type GroupRisk, type SuppressionSummary } from './export-suppression';
import { CARRY_OTHER_STUDIES_SUPPRESSIONS } from './export-cross-study';
import { recordRelease } from './export-release';
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
type Study = NonNullable<Awaited<ReturnType<typeof findStudyWithKey>>> & { sealedKey: string };

export async function runExport(deps: ExportDeps, exportId: string): Promise<void> {
  if (!(await claimExport(deps.platform, exportId))) return;
  const dir = join(deps.exportDir, exportId);
  // Alive while the job runs (also through the minutes of building the candidate rows), so that no
  // other instance takes it for abandoned.
  const heartbeat = setInterval(() => void beat(deps.platform, exportId).catch(() => {}), 20_000);
  try {
    const job = (await findExport(deps.platform, exportId))!;
    const study = await findStudyWithKey(deps.platform, job.studyId);
    if (!study?.sealedKey)
      return void (await finish(deps, exportId, 'refused', {
        problem: 'The study has ended; its key is destroyed and nothing can be exported any more.',
      }));
    await mkdir(dir, { recursive: true, mode: DIR_MODE });
    const client = await deps.platformPool.connect();
    try {
      await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ; ${EXPORT_SETTINGS}`);
      await exportInSnapshot(deps, client, { ...study, sealedKey: study.sealedKey }, job, dir);
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

async function exportInSnapshot(
  deps: ExportDeps,
  client: PoolClient,
  study: Study,
  job: { id: string; createdAt: Date; requestedBy: string; options: unknown },
  dir: string,
) {
  const options = job.options as ExportOptions;
  const schoolIds = study.schools.filter((s) => s.isOptedIn).map((s) => s.schoolId);
  const k = study.minGroupSize;
  const filter = [schoolIds, options.from, options.to, options.topics];
  const range = [isoDay(study.rangeFrom), isoDay(study.rangeTo)];
  const secret = deps.keyring.perturbationSecret(study.sealedKey);
  await client.query(createCandidateTable(options.coarsening), [
    ...filter,
    ...range,
    randomBytes(16).toString('hex'),
    secret,
    study.durationPrecisionMs,
  ]);
  await client.query('ANALYZE export_rows');
  // What other studies' exports left out, this one leaves out too (export-cross-study.ts).
  const carryIn = async () =>
    (await client.query(CARRY_OTHER_STUDIES_SUPPRESSIONS, [study.id, schoolIds])).rowCount ?? 0;
  await suppress(client, k, options.coarsening, options.suppressSmallGroups, carryIn);
  const one = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows[0] as T;
  const summary = await one<SuppressionSummary>(SUMMARISE);
  const groups = await one<GroupRisk>(groupRisk(k));
  const objections = await one<{ pupils: number }>(COUNT_OBJECTIONS, filter);
  const refuse = async (problem: string, risk: object) => {
    await client.query('ROLLBACK');
    await rm(dir, { recursive: true, force: true });
    await finish(deps, job.id, 'refused', { riskReport: risk, problem });
  };
  if (groups.groups_below_k > 0)
    return refuse(smallGroupsProblem(groups, k), riskReport(groups, k, summary.pupils, options.suppressSmallGroups));
  const linkage = await linkageReport(
    client,
    {
      id: study.id,
      precisionMs: study.durationPrecisionMs,
      thresholdPercent: study.linkageThresholdPercent,
      schoolIds,
    },
    options.coarsening,
    summary.pupils,
  );
  const risk = riskReport(groups, k, summary.pupils, options.suppressSmallGroups, linkage);
  if (linkage.isAboveThreshold) return refuse(linkageProblem(linkage), risk);
  await updateExport(deps.platform, job.id, { rowsTotal: summary.rows, riskReport: risk });
  const pseudonymizer = deps.keyring.pseudonymizer(study.sealedKey);
  const progress = (rowsDone: number) => void updateExport(deps.platform, job.id, { rowsDone }).catch(() => {});
  const dataFile = await writeDataFile(client, pseudonymizer, options, dir, progress);
  const error = await one<PerturbationError>(PERTURBATION_ERROR);
  const codebookFile = await writeJson(
    dir,
    'codebook.json',
    codebookDocument(options.format, options.coarsening, study.durationPrecisionMs, error),
  );
  const manifest = manifestDocument({
    study,
    job,
    options,
    schoolIds,
    k,
    rows: { exported: dataFile.rows, pupils: summary.pupils },
    suppressed: suppressedCounts(summary, objections.pupils, k),
    risk,
    files: [dataFile, codebookFile],
    softwareVersion: deps.softwareVersion,
  });
  await writeJson(dir, 'manifest.json', manifest);
  await recordRelease(
    deps.platform,
    client,
    { exportId: job.id, studyId: study.id, requestedBy: job.requestedBy },
    options,
    manifest,
    dataFile.rows,
  );
  deps.logger.info({ exportId: job.id, rows: dataFile.rows }, 'research export ready');
}
