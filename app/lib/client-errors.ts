// Errors raised by body-parser, raw-body, send and http-errors (status, statusCode and expose, as
// http-errors makes them) and the router's bad-escape URIError carry the HTTP status they mean.
// Every 4xx among them is the client's doing and is answered as such, with a message of ours:
// theirs can quote the request or zlib's internals. Other errors with a `status` (an upstream's
// answer, e.g. Keycloak's 401 to our service account) are not the client's and stay 500.
import { STATUS_CODES } from 'node:http';
import { AppError } from './errors';

type HttpError = Error & { type?: string; limit?: number; code?: unknown };

const MESSAGES_BY_TYPE: Record<string, { code: string; message: (err: HttpError) => string }> = {
  'entity.too.large': {
    code: 'payload_too_large',
    message: (err) => `Request body too large (limit ${err.limit} bytes)`,
  },
  'entity.parse.failed': { code: 'bad_request', message: () => 'Request body is not valid JSON' },
  'encoding.unsupported': { code: 'unsupported_encoding', message: () => 'Unsupported request encoding or charset' },
  'charset.unsupported': { code: 'unsupported_encoding', message: () => 'Unsupported request encoding or charset' },
  'request.aborted': { code: 'request_aborted', message: () => 'The request was aborted' },
  'request.size.invalid': { code: 'bad_request', message: () => 'Request body length does not match Content-Length' },
};

type HttpErrorShape = Error & { status: number; statusCode: number; expose?: unknown };

// http-errors' own isHttpError test, without depending on which copy of it made the error.
function isHttpError(err: unknown): err is HttpErrorShape {
  const candidate = err as HttpErrorShape;
  const isRouterEscapeError = err instanceof URIError && typeof candidate.status === 'number';
  const hasHttpErrorShape =
    err instanceof Error &&
    typeof candidate.expose === 'boolean' &&
    typeof candidate.statusCode === 'number' &&
    candidate.status === candidate.statusCode;
  return isRouterEscapeError || hasHttpErrorShape;
}

// "Request Header Fields Too Large" → "request_header_fields_too_large".
export function errorCodeOf(reason: string): string {
  return reason.toLowerCase().replace(/[^a-z]+/g, '_');
}

export function clientStatusOf(err: unknown): number | null {
  if (!isHttpError(err)) return null;
  return Number.isInteger(err.status) && err.status >= 400 && err.status < 500 ? err.status : null;
}

export function isAbortedRequest(err: unknown): boolean {
  return (err as HttpError)?.type === 'request.aborted';
}

export function toClientError(err: unknown): AppError | null {
  const status = clientStatusOf(err);
  if (status === null) return null;
  const httpError = err as HttpError;
  const known = httpError.type ? MESSAGES_BY_TYPE[httpError.type] : undefined;
  if (known) return new AppError(status, known.code, known.message(httpError));
  // A zlib error: the body says it is gzip/deflate/br but is not.
  if (typeof httpError.code === 'string' && httpError.code.startsWith('Z_')) {
    return new AppError(status, 'bad_request', 'Request body could not be decoded as its Content-Encoding says');
  }
  if (httpError instanceof URIError) return AppError.badRequest('Invalid request: path: malformed percent-encoding');
  const reason = STATUS_CODES[status] ?? 'Client error';
  return new AppError(status, errorCodeOf(reason), reason);
}
