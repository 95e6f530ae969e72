// Export jobs run in the app instances; a job is claimed atomically in the database, so an export
// that both instances pick up runs once. Both take queued exports at start and every minute.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  cluster,
  clusterDatabases,
  createSchoolWithOrganization,
  pin,
  signIn,
  type SignedInApi,
} from './support/cluster';

const FINAL = ['ready', 'refused', 'failed'];

async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  for (let elapsed = 0; elapsed < seconds * 4; elapsed++) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(250);
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

// What the instances' export jobs logged about one export ("research export ready", failures).
function jobLinesAbout(exportId: string): string[] {
  return readdirSync(cluster.logs)
    .filter((name) => /app-[12]\.log$/.test(name))
    .flatMap((name) => readFileSync(join(cluster.logs, name), 'utf8').split('\n'))
    .filter((line) => line.includes(`"exportId":"${exportId}"`) && line.includes('"msg":"research export'));
}

describe('research exports across both instances', () => {
  const dbs = clusterDatabases();
  let researcher: SignedInApi;
  let firstExport: { id: string; status: string };

  beforeAll(async () => {
    const school = await createSchoolWithOrganization(dbs.platform);
    const admin = await signIn(cluster.appUrl, ['platform-admin']);
    researcher = await signIn(cluster.appUrl, ['researcher']);
    const study = await admin.post('/research/studies', {
      name: 'Clusterstudie',
      purpose: 'Prüft, dass jeder Export genau einmal läuft.',
      from: '2026-09-01',
      to: '2026-12-31',
      researcherIds: [researcher.user.id],
      schoolIds: [school.id],
    });
    expect(study.status).toBe(201);
    pin(researcher.browser, { app: 0 });
    const requested = await researcher.post(`/research/studies/${study.body.id}/exports`, { format: 'csv' });
    expect(requested.status).toBe(202);
    firstExport = await until('the export', 60, async () => {
      const { body } = await researcher.get(`/research/exports/${requested.body.id}`);
      return FINAL.includes(body.status) ? body : undefined;
    });
  }, 120_000);

  it('when a researcher requests an export through instance 1, then instance 2 reports the same outcome and serves its files', async () => {
    pin(researcher.browser, { app: 1 });
    const seen = await researcher.get(`/research/exports/${firstExport.id}`);
    expect(seen.body).toEqual(firstExport);
    expect(seen.body.files.length).toBeGreaterThan(0);
    for (const file of seen.body.files as { href: string }[])
      expect((await researcher.browser.get(new URL(file.href, cluster.appUrl).href)).status).toBe(200);
  });

  it('when both instances pick up the same queued export, then one of them runs it and the other leaves it', async () => {
    // The same export once more, queued (as a request whose instance ended before its job began).
    const { rows } = await dbs.platformPool.query<{ id: string }>(
      `INSERT INTO study_exports (id, study_id, requested_by, status, options)
       SELECT gen_random_uuid(), study_id, requested_by, 'queued', options FROM study_exports WHERE id = $1
       RETURNING id`,
      [firstExport.id],
    );
    const exportId = rows[0]!.id;
    // Held back until both instances are trying to claim it: their claims wait for this lock.
    const holder = await dbs.platformPool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM study_exports WHERE id = $1 FOR UPDATE', [exportId]);
      await until('both instances claiming the export', 90, async () => {
        const waiting = await dbs.platformPool.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND query LIKE '%study_exports%' AND query LIKE 'UPDATE%'`,
        );
        // One job at a time per instance: two waiting claims are one from each.
        return waiting.rows[0]!.n === 2 ? true : undefined;
      });
    } finally {
      await holder.query('ROLLBACK');
      holder.release();
    }
    const outcome = await until('the queued export', 60, async () => {
      const { body } = await researcher.get(`/research/exports/${exportId}`);
      return FINAL.includes(body.status) ? body : undefined;
    });
    expect(outcome.status).toBe(firstExport.status);
    expect(jobLinesAbout(firstExport.id)).toHaveLength(1);
    expect(jobLinesAbout(exportId)).toHaveLength(1);
  }, 180_000);
});
