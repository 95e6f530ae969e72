// Requests for the API fuzz test, derived from the OpenAPI document: bodies that follow each
// operation's schema closely enough to reach the handlers and the database, with hostile strings
// and numbers in them, next to bodies, types, encodings and path segments that are plainly wrong.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
};

export type Operation = { method: string; path: string; params: string[]; query: string[]; body?: Schema };
export type FuzzRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  label: string;
};

// What broke servers before: NUL, lone surrogates, huge and empty text, markup, odd Unicode.
export const hostileString = fc.oneof(
  fc.constantFrom(
    '\u0000',
    'Klasse\u00005a',
    '\ud800',
    'x\udfffy',
    '',
    ' ',
    '\u202e5a',
    "'; DROP TABLE class; --",
    '<script>',
    'ä'.repeat(3000),
    '../../etc/passwd',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const hostileNumber = fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31);

function stringFor(schema: Schema, ids: string[]): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...ids), fc.uuid());
  if (schema.format === 'date')
    return fc
      .date({ noInvalidDate: true, min: new Date('1990-01-01'), max: new Date('2100-01-01') })
      .map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time')
    return fc
      .date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') })
      .map((d) => d.toISOString());
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
  return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) });
}

// Close to the schema (so the handler runs), with a hostile value now and then. Numbers and lists
// stay near their minimum: "count: 40" would create 40 Keycloak accounts per request.
export function valueFor(schema: Schema, ids: string[], isHostile = true): fc.Arbitrary<unknown> {
  // `isHostile` false: values of the schema only (as far as its keywords say), the base that
  // poisoned() spikes one field of at a time.
  const sometimes = <T>(usual: fc.Arbitrary<T>, hostile: fc.Arbitrary<unknown>) =>
    isHostile ? fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: hostile }) : usual;
  if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => valueFor(s, ids, isHostile)));
  if (schema.enum) return sometimes(fc.constantFrom(...schema.enum), hostileString);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([key, child]) => [key, valueFor(child, ids, isHostile)]),
      );
      const known = fc.record(properties, { requiredKeys: schema.required ?? [] });
      return sometimes(
        known,
        fc.tuple(known, hostileString, hostileString).map(([o, k, v]) => ({ ...o, [k]: v })),
      );
    }
    case 'array': {
      const minLength = schema.minItems ?? 0;
      return fc.array(valueFor(schema.items ?? {}, ids, isHostile), {
        minLength,
        maxLength: Math.min(schema.maxItems ?? 3, minLength + 2),
      });
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? 0;
      const near = fc.integer({ min, max: Math.min(schema.maximum ?? min + 2, min + 2) });
      return sometimes(near, hostileNumber);
    }
    case 'boolean':
      return sometimes(fc.boolean(), fc.constantFrom('true', 1, null));
    case 'null':
      return fc.constant(null);
    case 'string':
      return isHostile ? fc.oneof(stringFor(schema, ids), hostileString) : stringFor(schema, ids);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

// Copies of a value with one string (value or key) at a time turned into NUL or a lone surrogate:
// the strings PostgreSQL cannot store, in every field an operation has.
export function poisoned(value: unknown): unknown[] {
  const copies: unknown[] = [];
  const visit = (current: unknown, replace: (next: unknown) => unknown) => {
    if (typeof current === 'string')
      for (const poison of [`${current}\u0000`, `\ud800${current}`]) copies.push(replace(poison));
    if (Array.isArray(current))
      current.forEach((item, i) => visit(item, (next) => replace(current.map((old, j) => (i === j ? next : old)))));
    else if (current && typeof current === 'object') {
      for (const key of Object.keys(current))
        visit((current as Record<string, unknown>)[key], (next) => replace({ ...current, [key]: next }));
    }
  };
  visit(value, (next) => next);
  return copies;
}

// Path segments of the right shape (real ids among them) and of every wrong one.
export const pathSegment = (ids: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ids) },
    { weight: 2, arbitrary: fc.uuid() },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        'x',
        '%ZZ',
        '%',
        '%00',
        '%ED%A0%80',
        '%C0%AF',
        '..%2F..',
        '-1',
        '0',
        'a'.repeat(3000),
        '%E2%80%AE',
        encodeURIComponent('Klasse 5a'),
      ),
    },
  );

const rawBodies = fc.constantFrom(
  '{',
  '{"a":',
  'null',
  '[]',
  '"x"',
  '1e999999',
  '{"__proto__":{"isAdmin":true}}',
  '\u0000',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  `{"a":"${'x'.repeat(150_000)}"}`,
);
const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
);
const encodings = fc.constantFrom('gzip', 'deflate', 'br', 'x-unknown', 'gzip, gzip', 'identity');

// Every UTF-8 byte as %XX (encodeURIComponent throws on a lone surrogate).
const percentEncoded = (text: string) =>
  [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

function fill(path: string, values: string[]): string {
  let index = 0;
  return path.replace(/\{[^}]+\}/g, () => values[index++] ?? 'x');
}

export function requestFor(op: Operation, ids: string[]): fc.Arbitrary<FuzzRequest> {
  const json = op.body
    ? valueFor(op.body, ids).map((value) => JSON.stringify(value) ?? 'null')
    : fc.constant(undefined);
  const body = fc.oneof({ weight: 6, arbitrary: json }, { weight: 1, arbitrary: rawBodies });
  const query = fc.array(
    fc.tuple(
      fc.constantFrom(...op.query, 'x'),
      fc.oneof(hostileString.map(percentEncoded), fc.constantFrom('%ZZ', '%00', '%ED%A0%80')),
    ),
    { maxLength: 2 },
  );
  const shape = fc.record({
    params: fc.array(pathSegment(ids), { minLength: op.params.length, maxLength: op.params.length }),
    query,
    body,
    contentType: fc.oneof(
      { weight: 5, arbitrary: fc.constant('application/json') },
      { weight: 1, arbitrary: contentTypes },
    ),
    encoding: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: encodings }),
    gzipped: fc.boolean(),
  });
  return shape.map(({ params, query: pairs, body: text, contentType, encoding, gzipped }) => {
    const search = pairs.length > 0 ? `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}` : '';
    const headers: Record<string, string> = {};
    let payload = text === undefined ? undefined : Buffer.from(text, 'utf8');
    if (payload) headers['content-type'] = contentType;
    if (payload && encoding) {
      headers['content-encoding'] = encoding;
      if (encoding === 'gzip' && gzipped) payload = gzipSync(payload);
    }
    const path = `/api${fill(op.path, params)}${search}`;
    return {
      method: op.method.toUpperCase(),
      path,
      headers,
      body: payload,
      label: `${op.method.toUpperCase()} ${op.path}`,
    };
  });
}

// For every operation with a body: schema-true bodies with one field at a time poisoned, sent to
// real ids, so that the poison reaches the handler (and, unchecked, the database).
export function poisonedRequests(op: Operation, ids: string[], seed: number): FuzzRequest[] {
  if (!op.body) return [];
  const bases = fc.sample(valueFor(op.body, ids, false), { numRuns: 2, seed });
  const path = `/api${fill(
    op.path,
    op.params.map((_name, i) => ids[i]!),
  )}`;
  return bases.flatMap(poisoned).map((body) => ({
    method: op.method.toUpperCase(),
    path,
    headers: { 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify(body), 'utf8'),
    label: `${op.method.toUpperCase()} ${op.path} (poisoned)`,
  }));
}
