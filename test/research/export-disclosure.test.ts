// What a file and its manifest give away beyond the rows: typed text, counts that single out an
// objecting pupil, files other users of the machine can read.
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { serverWithSchool } from '../support/suites';
import { exportOf, jsonlRows } from './export-client';
import { buildResearchWorld, STUDY_DAY, type ResearchWorld } from './fixtures';

jest.setTimeout(120_000);

describe('research exports: nothing beyond the released rows', () => {
  const env = serverWithSchool();
  let world: ResearchWorld;
  beforeAll(async () => {
    world = await buildResearchWorld(env.server);
    // This file is about what the files carry. The two answers below single their pupils out to the
    // school (linkage-check.test.ts refuses such exports); here the study accepts that risk.
    await env.server.dbs.platform.study.update({
      where: { id: world.studyId },
      data: { linkageThresholdPercent: 100 },
    });
    // Two pupils typed something that the checker keeps as typed: a phone number and "6/8".
    for (const [i, typed] of ['030/12345678', '6/8'].entries()) {
      const startedAt = new Date(`${STUDY_DAY}T09:0${i}:00+02:00`);
      await env.server.dbs.platform.attempt.create({
        data: {
          id: randomUUID(),
          schoolId: world.school.id,
          pupilId: world.bigClass.pupils[5 - i]!.id,
          templateId: 'fr-add-same',
          templateVersion: 1,
          seed: 99,
          topic: 'fractions-add',
          difficulty: 1,
          startedAt,
          expiresAt: new Date(startedAt.getTime() + 1_800_000),
          submittedAt: new Date(startedAt.getTime() + 30_000),
          durationMs: 30_000,
          result: 'wrong',
          normalizedAnswer: typed,
        },
      });
    }
  });

  it('when a pupil typed a phone number or an unreduced fraction, then the file carries neither, only normalised values', async () => {
    const { job, files } = await exportOf(world.researcher, world.studyId, { format: 'jsonl' });
    expect(job.status).toBe('ready');
    const answers = new Set(jsonlRows(files).map((row) => row.answer));
    expect(answers).toEqual(new Set(['3/4', '0,75', 'unreadable', 'out-of-range']));
    for (const content of Object.values(files)) {
      expect(content).not.toMatch(/12345678|2057613|6\/8/);
    }
  });

  it('when a pupil objected, then the manifest says only that fewer than k did, never how many attempts they had', async () => {
    const { files } = await exportOf(world.researcher, world.studyId, { format: 'csv' });
    const manifest = JSON.parse(files['manifest.json']!);
    expect(manifest.suppressed.objectingPupils).toBe('fewer than 5');
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/objectingPupilRows|candidates/);
    // The objector had 4 attempts; no number in the manifest may let a reader subtract them out.
    const numbers = [...text.matchAll(/":(\d+)[,}]/g)].map((m) => Number(m[1]));
    expect(numbers).not.toContain(4);
  });

  it('when an export is written, then its folder and files can be read by the app’s own user only', async () => {
    const { job } = await exportOf(world.researcher, world.studyId, { format: 'datashop' });
    const dir = join(env.server.config.EXPORT_DIR, job.id);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    const names = readdirSync(dir);
    expect(names).toHaveLength(3);
    for (const name of names) expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
  });
});
