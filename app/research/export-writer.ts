// Turns PostgreSQL's COPY text output (internal ids) into export lines (pseudonyms) as a stream:
// a chunk in, its lines out, so memory stays flat whatever the size. Pseudonyms are cached per
// id (as many entries as pupils, classes and schools in the export, not rows).
import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { representationOf } from '../learning';
import { releasedAnswer } from './export-answer';
import { lineWriter, type ExportFormat, type ExportRow, type TimeCoarsening } from './export-formats';
import { NO_CLASS } from './export-query.sql';
import type { Pseudonymizer, PseudonymKind } from './study-keys';

// COPY text format: tab-separated, \N for NULL, backslash escapes (PostgreSQL docs, "COPY").
const ESCAPES: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
function unescapeCopy(field: string): string {
  return field.includes('\\') ? field.replace(/\\(.)/g, (_match, char: string) => ESCAPES[char] ?? char) : field;
}

export class PseudonymizingWriter extends Transform {
  private rest = '';
  // A character split between two chunks is decoded whole.
  private readonly decoder = new StringDecoder('utf8');
  rows = 0;
  private readonly caches: Record<PseudonymKind, Map<string, string>> = {
    pupil: new Map(),
    class: new Map(),
    school: new Map(),
  };

  private readonly line: (row: ExportRow) => string;

  constructor(
    private readonly pseudonym: Pseudonymizer,
    format: ExportFormat,
    private readonly coarsening: TimeCoarsening,
  ) {
    super({ decodeStrings: true, readableHighWaterMark: 1 << 20, writableHighWaterMark: 1 << 20 });
    this.line = lineWriter(format, coarsening);
  }

  private id(kind: PseudonymKind, id: string): string {
    const cache = this.caches[kind];
    let value = cache.get(id);
    if (value === undefined) {
      value = this.pseudonym(kind, id);
      // A copy as the key: `id` is a slice of the whole chunk it came in, and a cached slice would
      // keep every such chunk alive (measured: memory grew with the export's size until it did).
      cache.set(Buffer.from(id, 'latin1').toString('latin1'), value);
    }
    return value;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    const text = this.rest + this.decoder.write(chunk);
    const lines = text.split('\n');
    this.rest = lines.pop()!;
    let out = '';
    for (const copyLine of lines) out += this.convert(copyLine);
    done(null, out);
  }

  override _flush(done: TransformCallback): void {
    const rest = this.rest + this.decoder.end();
    done(null, rest ? this.convert(rest) : '');
  }

  private convert(copyLine: string): string {
    const f = copyLine.split('\t');
    const nullable = (value: string) => (value === '\\N' ? null : unescapeCopy(value));
    const result = f[8] as ExportRow['result'];
    const hasClass = f[1] !== NO_CLASS;
    const templateId = unescapeCopy(f[5]!);
    const templateVersion = Number(f[6]);
    const row: ExportRow = {
      pupil: this.id('pupil', f[0]!),
      class: hasClass ? this.id('class', f[1]!) : '',
      school: this.id('school', f[2]!),
      grade: hasClass ? Number(f[3]) : null,
      topic: unescapeCopy(f[4]!),
      templateId,
      templateVersion,
      difficulty: Number(f[7]),
      representation: representationOf(templateId, templateVersion),
      result,
      answer: releasedAnswer(nullable(f[9]!), result),
      durationMs: Number(f[10]),
      activeMs: f[11] === '\\N' ? null : Number(f[11]),
      attemptNumber: Number(f[12]),
      time: this.coarsening === 'days-since-first' ? Number(f[13]) : f[13]!,
    };
    this.rows++;
    return this.line(row);
  }
}

// Passes bytes through and counts and hashes them on the way (the manifest's SHA-256).
export class HashingTap extends Transform {
  private readonly hash = createHash('sha256');
  bytes = 0;
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
    done(null, chunk);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}
