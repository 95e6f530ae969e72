// The export's files: the data file streamed with COPY through the pseudonymizing writer, hashed on
// the way (constant memory, back-pressure end to end), and JSON documents beside it. Written under
// a temporary name and renamed when complete, so that a download never sees half a file; readable
// by the app's own user only (the files are personal data: pseudonymised, not anonymous).
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { FILE_NAMES, header, type ExportFormat, type TimeCoarsening } from './export-formats';
import { RELEASED_ROWS } from './export-query.sql';
import { HashingTap, PseudonymizingWriter } from './export-writer';
import type { Pseudonymizer } from './study-keys';

export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

export async function writeDataFile(
  client: PoolClient,
  pseudonymizer: Pseudonymizer,
  options: { format: ExportFormat; coarsening: TimeCoarsening },
  dir: string,
  onProgress: (rowsDone: number) => void,
) {
  const writer = new PseudonymizingWriter(pseudonymizer, options.format, options.coarsening);
  const tap = new HashingTap();
  const name = FILE_NAMES[options.format];
  const partial = join(dir, `${name}.partial`);
  const file = createWriteStream(partial, { mode: FILE_MODE });
  tap.write(header(options.format));
  const progress = setInterval(() => onProgress(writer.rows), 1000);
  try {
    await pipeline(client.query(copyTo(`COPY (${RELEASED_ROWS}) TO STDOUT`)), writer, tap, file);
  } finally {
    clearInterval(progress);
  }
  await rename(partial, join(dir, name));
  return { name, rows: writer.rows, bytes: tap.bytes, sha256: tap.digest() };
}

export async function writeJson(dir: string, name: string, value: unknown) {
  const text = JSON.stringify(value, null, 2) + '\n';
  await writeFile(join(dir, name), text, { mode: FILE_MODE });
  return { name, bytes: Buffer.byteLength(text), sha256: createHash('sha256').update(text).digest('hex') };
}
