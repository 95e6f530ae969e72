// The linkage-attack check's cost (BENCH_LINKAGE_ROWS, default 1 M generated attempts): the export's
// time with the check, the check's own time (the same steps the job runs before it — candidate
// rows, suppression — then the two attacks, timed alone), and so the export without it, beside the
// same run's baseline: PostgreSQL's COPY of the export's select. Twice: a first study over the
// school (the school's attack only), then a second study over the same school and period, whose
// check also compares with the first one's released rows (study_export_rows). Peak RSS of this
// process over each export. Unlike bench/export.ts the data is varied as a real school's: 40 task
// templates, durations 4 s – 3 min (most short), several wrong answers — the uniform data there
// would make every row match every row. Loopback database only; the data is deleted afterwards.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabases, createDatabases } from '../app/lib/db';
import { loadConfig } from '../app/lib/config';
import { createLogger } from '../app/lib/logger';
import { runExport } from '../app/research/export-job';
import { linkageReport } from '../app/research/export-linkage';
import { createCandidateTable, EXPORT_SETTINGS } from '../app/research/export-query.sql';
import { suppress, SUMMARISE } from '../app/research/export-suppression';
import { createStudyKeyring } from '../app/research/study-keys';
import { copyBaseline, sampleMemory } from './export-support';

const ROWS = Number(process.env.BENCH_LINKAGE_ROWS ?? 1_000_000);
const config = loadConfig(process.env);
if (!/@(127\.\d+\.\d+\.\d+|localhost)[:/]/.test(config.PLATFORM_DATABASE_URL))
  throw new Error('benchmarks target loopback databases only');
const dbs = createDatabases(config);
const keyring = createStudyKeyring(config.RESEARCH_MASTER_KEY);
const RANGE = { from: '2026-09-01', to: '2027-07-31' };
const seconds = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

async function generate(rows: number) {
  const schoolId = randomUUID();
  const pupils = Math.max(25, Math.round(rows / 200 / 25) * 25);
  const client = await dbs.platformPool.connect();
  try {
    const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
    await q(`INSERT INTO schools (id, slug, name) VALUES ($1, $2, 'Benchmark school')`, [
      schoolId,
      `bench-${schoolId.slice(0, 8)}`,
    ]);
    await q(
      `INSERT INTO classes (id, school_id, name, grade, school_year)
       SELECT md5($1::text || 'class' || c)::uuid, $1::uuid, 'class ' || c, 3 + c % 4, '2026/27'
         FROM generate_series(0, $2::int / 25 - 1) c`,
      [schoolId, pupils],
    );
    await q(
      `INSERT INTO class_pupils (class_id, pupil_id, school_id, username)
       SELECT md5($1::text || 'class' || (p / 25))::uuid, md5($1::text || 'pupil' || p)::uuid::text, $1::uuid, 'bench-' || p
         FROM generate_series(0, $2::int - 1) p`,
      [schoolId, pupils],
    );
    await q('SELECT setseed(0.42)'); // the same data in every run
    await q(
      `INSERT INTO attempts (id, school_id, pupil_id, template_id, template_version, seed, topic, difficulty, started_at,
                             expires_at, submitted_at, duration_ms, active_ms, result, normalized_answer)
       SELECT gen_random_uuid(), $1::uuid, md5($1::text || 'pupil' || (i % $2::int))::uuid::text, 'bench-t' || (i * 7 % 40),
              1, i, 'fractions-add', 1, t, t + interval '30 minutes', t + d * interval '1 millisecond', d,
              (d * (0.5 + random() / 2))::int, r,
              CASE r WHEN 'correct' THEN '3/4' WHEN 'wrong' THEN (ARRAY['1/2', '2/3', '5/4', '1'])[1 + i % 4] END
         FROM generate_series(1, $3::int) i,
         LATERAL (SELECT (4000 + 176000 * power(random(), 3))::int AS d,
                         (ARRAY['correct', 'correct', 'wrong', 'unreadable'])[1 + (random() * 3.99)::int] AS r,
                         timestamptz '2026-10-05 08:00+02' + ((i / $2::int) % 20) * interval '1 day'
                           + (i % 300) * interval '1 minute' AS t) x`,
      [schoolId, pupils, rows],
    );
    await q('ANALYZE attempts');
  } finally {
    client.release();
  }
  return schoolId;
}

async function newStudy(schoolId: string, name: string) {
  const sealedKey = keyring.newSealedKey();
  const { id } = await dbs.platform.study.create({
    data: {
      name,
      purpose: 'benchmark',
      rangeFrom: new Date(RANGE.from),
      rangeTo: new Date(RANGE.to),
      createdBy: 'bench',
      sealedKey,
      schools: { create: [{ schoolId, isOptedIn: true }] },
    },
    select: { id: true },
  });
  return { id, sealedKey, schoolId };
}

// The job's steps up to the check, then the check alone, in one snapshot rolled back afterwards.
async function timeCheck(study: { id: string; sealedKey: string; schoolId: string }) {
  const client = await dbs.platformPool.connect();
  try {
    await client.query(`BEGIN ISOLATION LEVEL REPEATABLE READ; ${EXPORT_SETTINGS}`);
    const started = process.hrtime.bigint();
    await client.query(createCandidateTable('day'), [
      [study.schoolId],
      RANGE.from,
      RANGE.to,
      null,
      RANGE.from,
      RANGE.to,
      'salt',
      keyring.perturbationSecret(study.sealedKey),
      1000,
    ]);
    await client.query('ANALYZE export_rows');
    await suppress(client, 5, 'day', true);
    const { pupils } = (await client.query<{ pupils: number }>(SUMMARISE)).rows[0]!;
    const prepareSeconds = seconds(started);
    const checkStarted = process.hrtime.bigint();
    const report = await linkageReport(
      client,
      { id: study.id, precisionMs: 1000, thresholdPercent: 100, schoolIds: [study.schoolId] },
      'day',
      pupils,
    );
    return { prepareSeconds, checkSeconds: seconds(checkStarted), report };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}

async function exportWithCheck(studyId: string, exportDir: string) {
  const job = await dbs.platform.studyExport.create({
    data: {
      studyId,
      requestedBy: 'bench',
      status: 'queued',
      options: { format: 'csv', coarsening: 'day', ...RANGE, topics: null, suppressSmallGroups: true },
    },
    select: { id: true },
  });
  const memory = sampleMemory();
  const started = process.hrtime.bigint();
  const deps = { ...dbs, keyring, exportDir, logger: createLogger('warn'), softwareVersion: 'bench' };
  await runExport(deps, job.id);
  const took = seconds(started);
  const { rssBefore, peak } = memory.stop();
  const done = await dbs.platform.studyExport.findUniqueOrThrow({
    where: { id: job.id },
    select: { status: true, rowsDone: true, problem: true },
  });
  // A refusal above the threshold costs the same check; the benchmark wants the whole export.
  if (done.status !== 'ready') throw new Error(`export ${done.status}: ${done.problem}`);
  return { rows: done.rowsDone, seconds: took, rssBeforeMb: rssBefore / 2 ** 20, peakRssMb: peak / 2 ** 20 };
}

async function main() {
  const schoolId = await generate(ROWS);
  const exportDir = await mkdtemp(join(tmpdir(), 'schulid-bench-linkage-'));
  const studies: string[] = [];
  let releasedBefore = 0;
  try {
    const baseline = await copyBaseline(dbs, schoolId);
    const copyRate = baseline.rows / baseline.seconds;
    console.log(
      JSON.stringify({
        name: 'postgres-copy-same-select',
        rows: baseline.rows,
        rowsPerSecond: Math.round(copyRate),
        seconds: +baseline.seconds.toFixed(1),
      }),
    );
    for (const which of ['first study', 'second study, same school and period']) {
      const study = await newStudy(schoolId, which);
      studies.push(study.id);
      // Each study's threshold at 100 %: the benchmark measures the check, not a refusal.
      await dbs.platform.study.update({ where: { id: study.id }, data: { linkageThresholdPercent: 100 } });
      const check = await timeCheck(study);
      const run = await exportWithCheck(study.id, exportDir);
      const withoutCheck = run.seconds - check.checkSeconds;
      const compared = releasedBefore;
      releasedBefore += run.rows;
      console.log(
        JSON.stringify({
          name: 'research-export-csv-with-linkage-check',
          study: which,
          rows: run.rows,
          otherStudiesReleasedRows: compared,
          exportSeconds: +run.seconds.toFixed(1),
          checkSeconds: +check.checkSeconds.toFixed(1),
          exportWithoutCheckSeconds: +withoutCheck.toFixed(1),
          checkShareOfExport: +(check.checkSeconds / run.seconds).toFixed(2),
          rowsPerSecondWithCheck: Math.round(run.rows / run.seconds),
          rowsPerSecondWithoutCheck: Math.round(run.rows / withoutCheck),
          ofCopyWithCheck: +(run.rows / run.seconds / copyRate).toFixed(2),
          ofCopyWithoutCheck: +(run.rows / withoutCheck / copyRate).toFixed(2),
          rssBeforeMb: Math.round(run.rssBeforeMb),
          peakRssMb: Math.round(run.peakRssMb),
          singledOutPercent: {
            school: check.report.school.sharePercent,
            otherStudies: check.report.otherStudies.sharePercent,
          },
        }),
      );
    }
  } finally {
    await rm(exportDir, { recursive: true, force: true });
    for (const id of studies) await dbs.platformPool.query('DELETE FROM studies WHERE id = $1', [id]);
    await dbs.platformPool.query('DELETE FROM schools WHERE id = $1', [schoolId]);
  }
  await closeDatabases(dbs);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
