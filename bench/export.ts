// Research export of generated attempts (BENCH_EXPORT_ROWS, default 1 M and 10 M): rows/s and the
// export process's peak RSS, printed beside PostgreSQL's own `COPY (the same select) TO STDOUT`
// read by this process and thrown away, in the same run. Goal: ≥ 0.5 × COPY, RSS flat < 200 MB.
// The data goes into a school made for the run (classes of 25 pupils, attempts over 20 school days)
// and is deleted afterwards. Loopback database only.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabases, createDatabases } from '../app/lib/db';
import { loadConfig } from '../app/lib/config';
import { createLogger } from '../app/lib/logger';
import { runExport } from '../app/research/export-job';
import { createStudyKeyring } from '../app/research/study-keys';
import { copyBaseline, sampleMemory } from './export-support';

const SIZES = (process.env.BENCH_EXPORT_ROWS ?? '1000000,10000000').split(',').map(Number);
const config = loadConfig(process.env);
if (!/@(127\.\d+\.\d+\.\d+|localhost)[:/]/.test(config.PLATFORM_DATABASE_URL))
  throw new Error('benchmarks target loopback databases only');
const dbs = createDatabases(config);
const keyring = createStudyKeyring(config.RESEARCH_MASTER_KEY);

async function generate(rows: number) {
  const schoolId = randomUUID();
  const pupils = Math.max(25, Math.round(rows / 200));
  const q = (sql: string, params: unknown[] = []) => dbs.platformPool.query(sql, params);
  await q(`INSERT INTO schools (id, slug, name) VALUES ($1, $2, 'Benchmark school')`, [
    schoolId,
    `bench-${schoolId.slice(0, 8)}`,
  ]);
  await q(
    `INSERT INTO classes (id, school_id, name, grade, school_year)
           SELECT md5($1::text || 'class' || c)::uuid, $1::uuid, 'class ' || c, 3 + c % 4, '2026/27' FROM generate_series(0, $2::int / 25 - 1) c`,
    [schoolId, pupils],
  );
  await q(
    `INSERT INTO class_pupils (class_id, pupil_id, school_id, username)
           SELECT md5($1::text || 'class' || (p / 25))::uuid, md5($1::text || 'pupil' || p)::uuid::text, $1::uuid, 'bench-' || p FROM generate_series(0, ($2::int / 25) * 25 - 1) p`,
    [schoolId, pupils],
  );
  await q(
    `INSERT INTO attempts (id, school_id, pupil_id, template_id, template_version, seed, topic, difficulty, started_at, expires_at,
                                 submitted_at, duration_ms, active_ms, result, normalized_answer)
           SELECT gen_random_uuid(), $1::uuid, md5($1::text || 'pupil' || (i % (($2::int / 25) * 25)))::uuid::text, 'fr-add-same', 1, i, 'fractions-add', 1,
                  t, t + interval '30 minutes', t + interval '20 seconds', 20000 + i % 5000, 15000,
                  (ARRAY['correct', 'wrong', 'unreadable'])[1 + i % 3], CASE WHEN i % 3 = 2 THEN NULL ELSE '3/4' END
             FROM generate_series(1, $3::int) i, LATERAL (SELECT timestamptz '2026-10-05 08:00+02' + ((i / ($2::int / 25 * 25)) % 20) * interval '1 day' + (i % 300) * interval '1 minute' AS t) x`,
    [schoolId, pupils, rows],
  );
  const study = await dbs.platform.study.create({
    data: {
      name: 'benchmark',
      purpose: 'benchmark',
      rangeFrom: new Date('2026-09-01'),
      rangeTo: new Date('2027-07-31'),
      createdBy: 'bench',
      sealedKey: keyring.newSealedKey(),
      schools: { create: [{ schoolId, isOptedIn: true }] },
    },
    select: { id: true },
  });
  await dbs.platformPool.query('ANALYZE attempts');
  return { schoolId, studyId: study.id };
}

async function main() {
  for (const rows of SIZES) {
    const { schoolId, studyId } = await generate(rows);
    const exportDir = await mkdtemp(join(tmpdir(), 'schulid-bench-export-'));
    try {
      const baseline = await copyBaseline(dbs, schoolId);
      const job = await dbs.platform.studyExport.create({
        data: {
          studyId,
          requestedBy: 'bench',
          status: 'queued',
          options: {
            format: 'csv',
            coarsening: 'day',
            from: '2026-09-01',
            to: '2027-07-31',
            topics: null,
            suppressSmallGroups: true,
          },
        },
        select: { id: true },
      });
      const memory = sampleMemory();
      const started = process.hrtime.bigint();
      await runExport(
        {
          platform: dbs.platform,
          platformPool: dbs.platformPool,
          keyring,
          exportDir,
          logger: createLogger('warn'),
          softwareVersion: 'bench',
        },
        job.id,
      );
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const { rssBefore, peak, peakHeap } = memory.stop();
      const done = await dbs.platform.studyExport.findUniqueOrThrow({
        where: { id: job.id },
        select: { status: true, rowsDone: true, problem: true },
      });
      if (done.status !== 'ready') throw new Error(`export ${done.status}: ${done.problem}`);
      console.log(
        JSON.stringify({
          name: 'postgres-copy-same-select',
          rows: baseline.rows,
          rowsPerSecond: Math.round(baseline.rows / baseline.seconds),
          seconds: +baseline.seconds.toFixed(1),
        }),
      );
      console.log(
        JSON.stringify({
          name: 'research-export-csv',
          rows: done.rowsDone,
          rowsPerSecond: Math.round(done.rowsDone / seconds),
          seconds: +seconds.toFixed(1),
          ofCopy: +(done.rowsDone / seconds / (baseline.rows / baseline.seconds)).toFixed(2),
          rssBeforeMb: Math.round(rssBefore / 2 ** 20),
          peakRssMb: Math.round(peak / 2 ** 20),
          peakHeapAndBuffersMb: Math.round(peakHeap / 2 ** 20),
        }),
      );
    } finally {
      await rm(exportDir, { recursive: true, force: true });
      await dbs.platformPool.query('DELETE FROM studies WHERE id = $1', [studyId]);
      await dbs.platformPool.query('DELETE FROM schools WHERE id = $1', [schoolId]);
    }
  }
  await closeDatabases(dbs);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
