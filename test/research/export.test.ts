import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLogger } from '../../app/lib/logger';
import { deleteExpiredExportFiles, ExportJobs } from '../../app/research';
import { parse } from 'csv-parse/sync';
import { registerResearchClient } from '../support/keycloak';
import { serverWithSchool, signIn, type Api } from '../support/suites';
import { deviceFlowToken } from '../support/tokens';
import { buildResearchWorld, NEXT_DAY, type ResearchWorld } from './fixtures';

jest.setTimeout(120_000);

describe('research exports: pseudonymised, small groups suppressed, nothing identifying', () => {
  const env = serverWithSchool();
  let world: ResearchWorld;
  beforeAll(async () => {
    world = await buildResearchWorld(env.server);
  });

  // The answers' hrefs are paths under /api.
  const download = (api: Api, href: string, headers: Record<string, string> = {}) =>
    api.get(href.replace(/^\/api\//, '/'), { headers });

  // Requests an export and waits for it to end; returns its final status and the files' contents.
  async function exportOf(studyId: string, request: Record<string, unknown>, api: Api = world.researcher) {
    const started = await api.post(`/research/studies/${studyId}/exports`, request);
    if (started.status !== 202) throw new Error(`export: ${started.status} ${JSON.stringify(started.body)}`);
    let job = started.body;
    for (let i = 0; i < 200 && (job.status === 'queued' || job.status === 'running'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await api.get(`/research/exports/${job.id}`)).body;
    }
    const files: Record<string, string> = {};
    for (const file of job.files as { name: string; href: string }[]) {
      const page = await download(api, file.href);
      expect(page.status).toBe(200);
      files[file.name] = page.text;
    }
    return { job, files };
  }
  const pupilsByCount = (rows: { pupil: string }[]) => {
    const counts = new Map<string, number>();
    for (const row of rows) counts.set(row.pupil, (counts.get(row.pupil) ?? 0) + 1);
    return new Map([...counts].map(([pupil, count]) => [count, pupil]));
  };

  it('when a researcher exports in every format, then no name, username, e-mail, id or address from the identity data appears in any file', async () => {
    for (const format of ['csv', 'jsonl', 'datashop']) {
      const { job, files } = await exportOf(world.studyId, { format });
      expect(job.status).toBe('ready');
      expect(Object.keys(files)).toHaveLength(3);
      for (const [name, content] of Object.entries(files)) {
        const lower = content.toLowerCase();
        for (const value of world.forbidden) {
          if (lower.includes(value.toLowerCase())) throw new Error(`${format}/${name} contains "${value}"`);
        }
      }
    }
  });

  it('when the CSV is read with a standard CSV parser, then it has one row per released attempt and the manifest’s hashes match the files', async () => {
    const { job, files } = await exportOf(world.studyId, { format: 'csv' });
    const manifest = JSON.parse(files['manifest.json']!);
    const rows = parse(files['attempts.csv']!, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual([
      'pupil',
      'class',
      'school',
      'grade',
      'topic',
      'templateId',
      'templateVersion',
      'difficulty',
      'representation',
      'result',
      'answer',
      'durationMs',
      'activeMs',
      'attemptNumber',
      'time',
    ]);
    expect(rows).toHaveLength(manifest.rows.exported);
    expect(job.progress).toEqual({ rowsDone: rows.length, rowsTotal: rows.length });
    expect(new Set(rows.map((r) => r.answer))).toEqual(new Set(['3/4', '0,75', 'unreadable']));
    // The pupil with six attempts of one template: attempts 1 … 6.
    const counts = new Map<string, string[]>();
    for (const row of rows) counts.set(row.pupil!, [...(counts.get(row.pupil!) ?? []), row.attemptNumber!]);
    const six = [...counts.values()].find((numbers) => numbers.length === 6)!;
    expect(six.map(Number).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.every((r) => r.time === '2026-10-12')).toBe(true); // the Monday of the week
    for (const file of manifest.files as { name: string; sha256: string; bytes: number }[]) {
      expect(createHash('sha256').update(files[file.name]!).digest('hex')).toBe(file.sha256);
      expect(Buffer.byteLength(files[file.name]!)).toBe(file.bytes);
    }
    const codebook = JSON.parse(files['codebook.json']!);
    expect(codebook.columns.map((c: { name: string }) => c.name)).toEqual(Object.keys(rows[0]!));
    // Every row names the picture its template draws, and the codebook says what the template is.
    expect(new Set(rows.map((r) => r.representation))).toEqual(new Set(['none']));
    const templates = codebook.templates as { id: string; version: number; topic: string }[];
    expect(templates.find((t) => t.id === 'fa-same-denominator' && t.version === 1)).toMatchObject({
      topic: 'fractions-add',
      grade: expect.any(Number),
      answerKind: 'number',
      representation: 'none',
    });
  });

  it('when a pupil objected and a class is below k, then both are absent and the manifest counts them', async () => {
    const { files } = await exportOf(world.studyId, { format: 'jsonl' });
    const manifest = JSON.parse(files['manifest.json']!);
    const rows = files['attempts.jsonl']!.trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    // Big class: pupils with 1(+1 next day), 2, 3, 5, 6 attempts; the objector (4 attempts) is gone.
    expect([...pupilsByCount(rows).keys()].sort()).toEqual([2, 3, 5, 6]);
    expect(new Set(rows.map((r) => r.pupil)).size).toBe(5);
    expect(new Set(rows.map((r) => r.class)).size).toBe(1);
    expect(rows.every((r) => r.grade === 4)).toBe(true);
    expect(manifest.k).toBe(5);
    expect(manifest.suppressed).toMatchObject({
      objectingPupils: 'fewer than 5',
      smallClasses: 1,
      smallSchools: 0,
    });
    expect(manifest.rows.exported).toBe(2 + 2 + 3 + 5 + 6);
    // The objection came after the study began: its researchers get the pupil's pseudonym revoked.
    const revocations = await world.researcher.get(`/research/studies/${world.studyId}/revocations`);
    expect(revocations.body.revocations).toHaveLength(1);
    expect(revocations.body.revocations[0]).toMatchObject({ reason: 'objection' });
    expect(rows.some((r) => r.pupil === revocations.body.revocations[0].pseudonym)).toBe(false);
  });

  // Before any other study's export: what another study leaves out, this one leaves out too
  // (export-cross-study.ts), so the lone day group would already be gone.
  it('when a quasi-identifier group is below k, then the export is refused with a risk report, and released with that group suppressed on request', async () => {
    const refused = await exportOf(world.dayStudyId, { format: 'csv' });
    expect(refused.job.status).toBe('refused');
    expect(refused.job.problem).toMatch(/fewer than 5 pupils/);
    expect(refused.job.riskReport).toMatchObject({
      k: 5,
      smallestGroupPupils: 1,
      groupsBelowK: 1,
      pupilsUniqueInSomeGroup: 1,
    });
    expect(refused.files).toEqual({});
    const released = await exportOf(world.dayStudyId, { format: 'csv', suppressSmallGroups: true });
    expect(released.job.status).toBe('ready');
    const manifest = JSON.parse(released.files['manifest.json']!);
    expect(manifest.suppressed).toEqual({
      objectingPupils: 'fewer than 5',
      smallClasses: 1,
      smallSchools: 0,
      smallGroups: 1,
    });
    expect(released.files['attempts.csv']).not.toContain(NEXT_DAY);
    expect(manifest.riskReport.smallestGroupReleased).toBe(5);
  });

  it('when one study exports twice and another study once, then a pupil keeps the pseudonym within a study and gets another in the other study', async () => {
    const first = await exportOf(world.studyId, { format: 'jsonl' });
    const second = await exportOf(world.studyId, { format: 'jsonl' });
    const other = await exportOf(world.otherStudyId, { format: 'jsonl' }, world.otherResearcher);
    const rowsOf = (files: Record<string, string>) =>
      files['attempts.jsonl']!.trim()
        .split('\n')
        .map((line) => JSON.parse(line));
    const [a, b, c] = [first, second, other].map((e) => pupilsByCount(rowsOf(e.files)));
    for (const count of [3, 5, 6]) {
      expect(a!.get(count)).toMatch(/^P-[0-9A-Z]{16}$/);
      expect(b!.get(count)).toBe(a!.get(count));
      expect(c!.get(count)).toBeDefined();
      expect(c!.get(count)).not.toBe(a!.get(count));
    }
    const schools = (files: Record<string, string>) => new Set(rowsOf(files).map((r) => r.school));
    expect(schools(first.files)).not.toEqual(schools(other.files));
    const relative = await exportOf(world.relativeStudyId, { format: 'jsonl', suppressSmallGroups: true });
    expect(new Set(rowsOf(relative.files).map((r) => r.time))).toEqual(new Set([0]));
  });

  it('when a non-researcher or a researcher of another study asks, then they get 403, and the files are not served to them', async () => {
    const ready = await exportOf(world.studyId, { format: 'csv' });
    for (const api of [world.teacher, world.schoolAdmin, world.admin, world.otherResearcher]) {
      expect((await api.post(`/research/studies/${world.studyId}/exports`, { format: 'csv' })).status).toBe(403);
      expect((await api.get(`/research/exports/${ready.job.id}`)).status).toBe(403);
      expect((await download(api, ready.job.files[0].href)).status).toBe(403);
      expect((await api.get(`/research/studies/${world.studyId}/revocations`)).status).toBe(403);
    }
    const pupilLess = await world.teacher.get(`/research/studies`);
    expect(pupilLess.status).toBe(403);
  });

  it('when a download breaks off, then it resumes with a range request without a new export', async () => {
    const ready = await exportOf(world.studyId, { format: 'csv' });
    const href = ready.job.files[0].href;
    const whole = ready.files['attempts.csv']!;
    const rest = await download(world.researcher, href, { range: 'bytes=100-' });
    expect(rest.status).toBe(206);
    expect(whole.slice(0, 100) + rest.text).toBe(whole);
  });

  it('when a range lies past the file’s end or a precondition fails, then 416 with the file size or 412 comes as JSON, never 500', async () => {
    const ready = await exportOf(world.studyId, { format: 'csv' });
    const href = ready.job.files[0].href;
    const size = Buffer.byteLength(ready.files['attempts.csv']!);
    const pastEnd = await download(world.researcher, href, { range: `bytes=${size + 10}-` });
    expect(pastEnd.status).toBe(416);
    expect(pastEnd.headers.get('content-range')).toBe(`bytes */${size}`);
    expect(pastEnd.headers.get('content-disposition')).toBeNull();
    expect(pastEnd.headers.get('content-type')).toMatch(/^application\/json/);
    expect(pastEnd.body.error.code).toBe('range_not_satisfiable');
    const preconditions: Record<string, string>[] = [
      { 'if-match': '"not-this-file"' },
      { 'if-unmodified-since': 'Mon, 01 Jan 2001 00:00:00 GMT' },
    ];
    for (const precondition of preconditions) {
      const changed = await download(world.researcher, href, precondition);
      expect(changed.status).toBe(412);
      expect(changed.headers.get('content-type')).toMatch(/^application\/json/);
      expect(changed.body.error.code).toBe('precondition_failed');
    }
  });

  it('when bodies are wrong, then the API answers 400 naming the problem', async () => {
    const ask = (body: unknown) => world.researcher.post(`/research/studies/${world.studyId}/exports`, body);
    expect((await ask({ format: 'xml' })).status).toBe(400);
    // The time coarsening is the study's, fixed: an export cannot ask for another one.
    expect((await ask({ format: 'csv', timeCoarsening: 'day' })).status).toBe(400);
    expect((await ask({ format: 'csv', from: '0000-01-01' })).status).toBe(400);
    const notInClass = await world.teacher.get(
      `/classes/${world.bigClass.id}/pupils/${world.smallClass.pupils[0]!.id}/research-objection`,
    );
    expect(notInClass.status).toBe(404);
    const outside = await ask({ format: 'csv', from: '2020-01-01' });
    expect(outside.status).toBe(400);
    expect(JSON.stringify(outside.body)).toMatch(/within the study's range/);
    expect((await ask({ format: 'csv', from: '2026-13-01' })).status).toBe(400);
    const badStudy = await world.admin.post('/research/studies', {
      name: 'x',
      purpose: 'y',
      from: '2026-09-01',
      to: '2026-08-01',
      researcherIds: [world.teacher.user.id],
      schoolIds: [world.school.id],
    });
    expect(badStudy.status).toBe(400);
    const notResearcher = await world.admin.post('/research/studies', {
      name: 'x',
      purpose: 'y',
      from: '2026-09-01',
      to: '2026-10-01',
      researcherIds: [world.teacher.user.id],
      schoolIds: [world.school.id],
    });
    expect(notResearcher.status).toBe(400);
    expect(JSON.stringify(notResearcher.body)).toMatch(/not a researcher/);
  });

  it('when exports went out, then teachers see them for their classes, school admins for the school, platform admins all with who and how many rows', async () => {
    await exportOf(world.studyId, { format: 'csv' });
    const teacherView = await world.teacher.get('/school/research-exports');
    expect(teacherView.status).toBe(200);
    expect(teacherView.body.exports[0]).toMatchObject({
      study: 'Bruchrechnen Klasse 4',
      classes: [{ classId: world.bigClass.id, name: world.bigClass.name }],
    });
    // A teacher of the same school without these classes sees none of it.
    const otherTeacher = await signIn(env.server.baseUrl, ['teacher'], world.school);
    expect((await otherTeacher.get('/school/research-exports')).body.exports).toEqual([]);
    const adminView = await world.schoolAdmin.get('/school/research-exports');
    expect(adminView.body.exports.length).toBeGreaterThanOrEqual(teacherView.body.exports.length);
    const audit = await world.admin.get('/research/exports');
    expect(audit.body.exports.find((e: { studyId: string }) => e.studyId === world.studyId)).toMatchObject({
      requestedBy: world.researcher.user.id,
      status: 'ready',
    });
    const rows = await env.server.dbs.platform.auditEvent.count({
      where: { schoolId: world.school.id, action: 'research.exported' },
    });
    expect(rows).toBeGreaterThan(0);
  });

  it('when a school opts out, then its data is no longer exported', async () => {
    const listed = await world.schoolAdmin.get('/school/studies');
    expect(listed.body.studies.find((s: { id: string }) => s.id === world.otherStudyId)).toMatchObject({
      name: 'Andere Studie',
      isOptedIn: true,
    });
    expect((await world.teacher.get('/school/studies')).status).toBe(403);
    await world.schoolAdmin.put(`/school/studies/${world.otherStudyId}/participation`, {
      isOptedIn: false,
    });
    const { job, files } = await exportOf(world.otherStudyId, { format: 'csv' }, world.otherResearcher);
    expect(job.status).toBe('ready');
    expect(JSON.parse(files['manifest.json']!).rows.exported).toBe(0);
    await world.schoolAdmin.put(`/school/studies/${world.otherStudyId}/participation`, {
      isOptedIn: true,
    });
  });

  it('when the retention period of an export has passed, then its files are deleted and a download says so, and a younger export keeps its files', async () => {
    const ready = await exportOf(world.studyId, { format: 'jsonl' });
    const younger = await exportOf(world.studyId, { format: 'csv' });
    const days = env.server.config.EXPORT_RETENTION_DAYS;
    const finishedDaysAgo = (id: string, n: number) =>
      env.server.dbs.platform.studyExport.update({
        where: { id },
        data: { finishedAt: new Date(Date.now() - n * 86_400_000) },
      });
    await finishedDaysAgo(ready.job.id, days + 1);
    await finishedDaysAgo(younger.job.id, days - 1);
    const deleted = await deleteExpiredExportFiles(env.server.dbs.platform, env.server.config.EXPORT_DIR, days);
    expect(deleted).toBeGreaterThan(0);
    expect(existsSync(join(env.server.config.EXPORT_DIR, ready.job.id))).toBe(false);
    expect(existsSync(join(env.server.config.EXPORT_DIR, younger.job.id))).toBe(true);
    expect((await download(world.researcher, younger.job.files[0].href)).status).toBe(200);
    expect((await download(world.researcher, ready.job.files[0].href)).status).toBe(410);
    expect((await world.researcher.get(`/research/exports/${ready.job.id}`)).body).toMatchObject({
      status: 'ready',
      files: [],
    });
  });

  it('when the process running an export ended mid-way (no heartbeat for minutes), then the sweep fails it and removes its files', async () => {
    const abandoned = await env.server.dbs.platform.studyExport.create({
      data: {
        studyId: world.studyId,
        requestedBy: world.researcher.user.id,
        status: 'running',
        options: { format: 'csv' },
        heartbeatAt: new Date(Date.now() - 3 * 60_000),
      },
      select: { id: true },
    });
    const dir = join(env.server.config.EXPORT_DIR, abandoned.id);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'attempts.csv.partial'), 'half a file');
    const jobs = new ExportJobs({
      platform: env.server.dbs.platform,
      platformPool: env.server.dbs.platformPool,
      keyring: env.server.services.keyring,
      exportDir: env.server.config.EXPORT_DIR,
      logger: createLogger('silent'),
      softwareVersion: 'test',
    });
    await jobs.start();
    await jobs.stop();
    const status = await world.researcher.get(`/research/exports/${abandoned.id}`);
    expect(status.body).toMatchObject({ status: 'failed', problem: expect.stringMatching(/interrupted/) });
    expect(existsSync(dir)).toBe(false);
  });

  it('when a study ends, then its key is destroyed and nothing more can be exported', async () => {
    const ended = await world.admin.post(`/research/studies/${world.otherStudyId}/end`);
    expect(ended.status).toBe(200);
    const stored = await env.server.dbs.platform.study.findUniqueOrThrow({ where: { id: world.otherStudyId } });
    expect(stored.sealedKey).toBeNull();
    const refused = await world.otherResearcher.post(`/research/studies/${world.otherStudyId}/exports`, {
      format: 'csv',
    });
    expect(refused.status).toBe(409);
    expect((await world.admin.post(`/research/studies/${world.otherStudyId}/end`)).status).toBe(409);
  });

  it('when a researcher scripts the download with a bearer token (device flow, 2FA), then it works for their study only', async () => {
    const client = await registerResearchClient(`${env.server.internalUrl}/internal/login-decisions`);
    try {
      const { access_token: token } = await deviceFlowToken(
        client.clientId,
        world.researcher.user,
        world.researcher.browser,
      );
      const auth = { authorization: `Bearer ${token}` };
      const ready = await exportOf(world.studyId, { format: 'csv' });
      const file = await fetch(`${env.server.baseUrl}${ready.job.files[0].href}`, { headers: auth });
      expect(file.status).toBe(200);
      expect(await file.text()).toBe(ready.files['attempts.csv']);
      const other = await fetch(`${env.server.baseUrl}/api/research/studies/${world.otherStudyId}/exports`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: '{"format":"csv"}',
      });
      expect(other.status).toBe(403);
    } finally {
      await client.remove();
    }
  });

  it('when a deleted class is purged from the bin, then its pupils’ pseudonyms are revoked for the running study', async () => {
    const before = (await world.researcher.get(`/research/studies/${world.studyId}/revocations`)).body.revocations
      .length;
    expect((await world.teacher.delete(`/classes/${world.smallClass.id}`)).status).toBe(200);
    expect((await world.teacher.delete(`/bin/classes/${world.smallClass.id}`)).status).toBe(200);
    const after = (await world.researcher.get(`/research/studies/${world.studyId}/revocations`)).body.revocations;
    expect(after).toHaveLength(before + 2);
    expect(after.filter((r: { reason: string }) => r.reason === 'deleted')).toHaveLength(2);
  });
});
