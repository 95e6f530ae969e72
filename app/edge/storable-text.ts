// Every string a request brings (path, query, JSON body: values and keys) must be text PostgreSQL
// and Keycloak can store: no NUL (PostgreSQL's text refuses it) and no lone UTF-16 surrogate (no
// UTF-8 encoding exists). Checked here, once for every route, so a new endpoint cannot forget it;
// the answer is 400 naming the field, never a database error surfacing as 500. Bodies nested
// deeper than any schema of ours are refused too, before a recursive validator meets them.
import type { Request, RequestHandler } from 'express';
import { AppError } from '../lib/errors';

// NUL is the point of this pattern: PostgreSQL's text cannot hold it.
// eslint-disable-next-line no-control-regex
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_DEPTH = 32;

type Part = 'path' | 'query' | 'body';

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

const refuse = (field: string) =>
  new AppError(
    400,
    'bad_request',
    `Invalid request: ${field}: must not contain NUL bytes or unpaired surrogates`,
    true,
    [{ path: field, message: 'unstorable characters' }],
  );

// The first field (e.g. "body.pupils.2.name") holding unstorable text, walking without recursion.
export function firstUnstorableField(value: unknown, root: string): string | null {
  const pending: { value: unknown; field: string; depth: number }[] = [{ value, field: root, depth: 0 }];
  while (pending.length > 0) {
    const { value: current, field, depth } = pending.pop()!;
    if (typeof current === 'string') {
      if (!isStorableText(current)) return field;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= MAX_DEPTH) throw AppError.badRequest(`Invalid request: ${field}: nested too deeply`);
    for (const [key, child] of Object.entries(current)) {
      if (!isStorableText(key)) return `${field} (a key)`;
      pending.push({ value: child, field: `${field}.${key}`, depth: depth + 1 });
    }
  }
  return null;
}

// Path parameters are decoded per route, later; here each segment is decoded once. A bad escape
// ("%ZZ") is a client's error too.
function unstorablePathSegment(req: Request): string | null {
  const path = req.originalUrl.split('?')[0]!;
  for (const segment of path.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw AppError.badRequest('Invalid request: path: malformed percent-encoding');
    }
    if (!isStorableText(decoded)) return 'path';
  }
  return null;
}

export function rejectUnstorableText(parts: Part[]): RequestHandler {
  return (req, _res, next) => {
    if (parts.includes('path') && unstorablePathSegment(req)) throw refuse('path');
    const field =
      (parts.includes('query') && firstUnstorableField(req.query, 'query')) ||
      (parts.includes('body') && firstUnstorableField(req.body, 'body'));
    if (field) throw refuse(field);
    next();
  };
}
