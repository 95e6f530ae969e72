// The files as researchers' tools read them: pandas with the codebook's types (CSV and JSON Lines),
// and the DataShop file as DataShop's importer does (tab-delimited, Duration (sec) ignored,
// durations recomputed from Time within a session).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverWithSchool } from '../support/suites';
import { exportOf, jsonlRows } from './export-client';
import { buildResearchWorld, NEXT_DAY, STUDY_DAY, type ResearchWorld } from './fixtures';

jest.setTimeout(120_000);

// Debian's python3 with python3-pandas (scripts/stack.sh test installs it).
const PYTHON = '/usr/bin/python3';
const READER = join(__dirname, 'read-with-codebook.py');
const DTYPES: Record<string, string> = {
  integer: 'Int64',
  decimal: 'Float64',
  string: 'string',
  enum: 'string',
  date: 'string',
  datetime: 'string',
};

function readWithPandas(kind: string, data: string, codebook: string) {
  const dir = mkdtempSync(join(tmpdir(), 'schulid-pandas-'));
  try {
    writeFileSync(join(dir, 'data'), data);
    writeFileSync(join(dir, 'codebook.json'), codebook);
    const run = spawnSync(PYTHON, [READER, kind, join(dir, 'data'), join(dir, 'codebook.json')], { encoding: 'utf8' });
    return { status: run.status, out: run.stdout, err: run.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type Transaction = Record<string, string>;
// DataShop's tab-delimited format: a header line, then one transaction per line, no quoting.
function parseDataShop(text: string): { header: string[]; transactions: Transaction[] } {
  const [first, ...lines] = text.split('\n').filter((line) => line !== '');
  const header = first!.split('\t');
  const transactions = lines.map((line) => {
    const fields = line.split('\t');
    expect(fields).toHaveLength(header.length);
    return Object.fromEntries(header.map((name, i) => [name, fields[i]!]));
  });
  return { header, transactions };
}
const seconds = (time: string) => Date.parse(`${time.replace(' ', 'T')}Z`) / 1000;

describe('research exports as researchers’ tools read them', () => {
  const env = serverWithSchool();
  let world: ResearchWorld;
  beforeAll(async () => {
    world = await buildResearchWorld(env.server);
  });

  it('when pandas reads the CSV and the JSONL with the codebook’s types, then every column and value fits its type', async () => {
    for (const studyId of [world.studyId, world.relativeStudyId]) {
      for (const format of ['csv', 'jsonl'] as const) {
        const { job, files } = await exportOf(world.researcher, studyId, { format, suppressSmallGroups: true });
        expect(job.status).toBe('ready');
        const codebook = JSON.parse(files['codebook.json']!);
        const read = readWithPandas(format, files[`attempts.${format}`]!, files['codebook.json']!);
        expect(read).toMatchObject({ status: 0, err: '' });
        const result = JSON.parse(read.out);
        expect(result.rows).toBe(job.manifest.rows.exported);
        expect(result.dtypes).toEqual(
          Object.fromEntries(codebook.columns.map((c: { name: string; type: string }) => [c.name, DTYPES[c.type]])),
        );
      }
    }
  });

  it('when a value does not fit the codebook’s type, then the pandas read fails and names it', async () => {
    const { files } = await exportOf(world.researcher, world.studyId, { format: 'jsonl' });
    const [line, ...rest] = files['attempts.jsonl']!.split('\n');
    const wrong = JSON.stringify({ ...JSON.parse(line!), grade: 'vier' });
    const read = readWithPandas('jsonl', [wrong, ...rest].join('\n'), files['codebook.json']!);
    expect(read.status).not.toBe(0);
    expect(read.err).toMatch(/grade = 'vier' is not of type integer/);
    const csv = await exportOf(world.researcher, world.studyId, { format: 'csv' });
    const broken = csv.files['attempts.csv']!.replace(/,4,/, ',vier,');
    expect(readWithPandas('csv', broken, csv.files['codebook.json']!).status).not.toBe(0);
  });

  it('when DataShop imports the DataShop file, then it keeps the released durations, orders each day as the pupil worked, and learns no time of day', async () => {
    const request = { suppressSmallGroups: true };
    const datashop = await exportOf(world.researcher, world.dayStudyId, { ...request, format: 'datashop' });
    const jsonl = await exportOf(world.researcher, world.dayStudyId, { ...request, format: 'jsonl' });
    expect(datashop.job.status).toBe('ready');
    const { header, transactions } = parseDataShop(datashop.files['attempts-datashop.txt']!);
    const codebook = JSON.parse(datashop.files['codebook.json']!);
    // The codebook describes DataShop's columns, the released duration in a custom field among them.
    expect(codebook.columns.map((c: { name: string }) => c.name)).toEqual(header);
    expect(codebook.columns.find((c: { name: string }) => c.name === 'CF (Duration ms)')).toMatchObject({
      type: 'integer',
      unit: 'ms',
    });
    expect(
      readWithPandas('datashop', datashop.files['attempts-datashop.txt']!, datashop.files['codebook.json']!),
    ).toMatchObject({ status: 0, err: '' });
    expect(transactions).toHaveLength(datashop.job.manifest.rows.exported);

    // DataShop sorts a session's transactions by Time and takes each one's duration as the
    // difference to the one before; Duration (sec) is ignored.
    const sessions = new Map<string, Transaction[]>();
    for (const t of transactions) sessions.set(t['Session Id']!, [...(sessions.get(t['Session Id']!) ?? []), t]);
    const released = new Map<string, number[]>();
    for (const row of jsonlRows(jsonl.files))
      released.set(`${row.pupil}-${row.time}`, [
        ...(released.get(`${row.pupil}-${row.time}`) ?? []),
        Number(row.durationMs),
      ]);
    expect(new Set(sessions.keys())).toEqual(new Set(released.keys()));
    for (const [session, inFile] of sessions) {
      expect(inFile.every((t) => t['Time Zone'] === 'UTC' && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(t['Time']!))).toBe(
        true,
      );
      const byTime = [...inFile].sort((a, b) => seconds(a['Time']!) - seconds(b['Time']!));
      // No two transactions share a Time, and Time keeps the order the pupil worked in (the file's,
      // the JSONL's and the attempt numbers').
      expect(new Set(byTime.map((t) => t['Time'])).size).toBe(byTime.length);
      expect(byTime).toEqual(inFile);
      expect(byTime.map((t) => Number(t['CF (Duration ms)']))).toEqual(released.get(session));
      // The date is the coarsened day; the clock is the running sum of the released durations (whole
      // seconds, at least 1 s a step): nothing an adversary could not compute from the file itself.
      const day = byTime[0]!['Time']!.slice(0, 10);
      expect([STUDY_DAY, NEXT_DAY]).toContain(day);
      let clock = seconds(`${day} 00:00:00`);
      for (const [i, t] of byTime.entries()) {
        const step = Math.max(1, Math.ceil(Number(t['CF (Duration ms)']) / 1000));
        clock += step;
        expect(seconds(t['Time']!)).toBe(clock);
        // What DataShop recomputes equals the released duration, for all but a session's first.
        if (i > 0 && Number(t['CF (Duration ms)']) > 0)
          expect(seconds(t['Time']!) - seconds(byTime[i - 1]!['Time']!)).toBe(Number(t['CF (Duration ms)']) / 1000);
      }
    }
    // The attempts were made from 08:10 on; no Time says so.
    expect(transactions.some((t) => t['Time']!.slice(11, 13) === '08')).toBe(false);
  });
});
