// What the export benchmarks share: PostgreSQL's own COPY of the export's select (the baseline an
// export is printed beside) and a sampler of the process's memory while an export runs.
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { to as copyTo } from 'pg-copy-streams';
import type { Databases } from '../app/lib/db';
import { candidateSelect, EXPORT_SETTINGS, RELEASE_ORDER } from '../app/research/export-query.sql';

// `COPY (the candidate select, same order) TO STDOUT` over the school's attempts, read by this
// process and thrown away: rows and seconds.
export async function copyBaseline(dbs: Databases, schoolId: string) {
  const select = candidateSelect('day')
    .replaceAll('$1::uuid[]', `ARRAY['${schoolId}']::uuid[]`)
    .replaceAll('$2::date', `'2026-09-01'::date`)
    .replaceAll('$3::date', `'2027-07-31'::date`)
    .replaceAll('$4::text[]', 'NULL::text[]')
    .replaceAll('$5::date', `'2026-09-01'::date`)
    .replaceAll('$6::date', `'2027-07-31'::date`)
    .replaceAll('$7::text', `'salt'::text`)
    .replaceAll('$8::text', `'secret'::text`)
    .replaceAll('$9::numeric', '1000::numeric')
    .replaceAll('$9::int', '1000::int');
  const sql = `SELECT * FROM (${select}) c ${RELEASE_ORDER}`;
  const client = await dbs.platformPool.connect();
  let lines = 0;
  const started = process.hrtime.bigint();
  try {
    await client.query(`BEGIN; ${EXPORT_SETTINGS}`);
    await pipeline(
      client.query(copyTo(`COPY (${sql}) TO STDOUT`)),
      new Writable({
        write(chunk: Buffer, _e, done) {
          for (const byte of chunk) if (byte === 10) lines++;
          done();
        },
      }),
    );
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return { rows: lines, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

// RSS before, and the peaks of RSS and of JS heap + buffers until stop(), sampled every 20 ms.
export function sampleMemory() {
  if (global.gc) global.gc();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  let peakHeap = 0;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed + m.external + m.arrayBuffers);
  }, 20);
  return {
    stop() {
      clearInterval(sampler);
      return { rssBefore, peak, peakHeap };
    },
  };
}
