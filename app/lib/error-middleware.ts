// The one error middleware. Clients get { error: { code, message } } with a 4xx that says what to
// fix, or a 5xx that says nothing internal; the logger gets the whole error (no request body).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { AppError } from './errors';
import type { Logger } from './logger';

type BodyParserError = Error & { type?: string; status?: number; limit?: number };

function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    const issues = err.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    return AppError.badRequest(`Invalid request: ${summary}`, issues);
  }
  // Prisma: the row to change does not exist, or is not visible from this school.
  if ((err as { code?: string })?.code === 'P2025') return AppError.notFound();
  // Prisma: no database connection free in time (overload). Say so, and when to come back.
  if ((err as { code?: string })?.code === 'P2028') return new AppError(503, 'busy', 'The server is busy. Please try again in a moment.', true);
  const bodyError = err as BodyParserError;
  switch (bodyError?.type) {
    case 'entity.too.large':
      return new AppError(413, 'payload_too_large', `Request body too large (limit ${bodyError.limit} bytes)`);
    case 'entity.parse.failed':
      return AppError.badRequest('Request body is not valid JSON');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError(415, 'unsupported_encoding', 'Unsupported request encoding or charset');
  }
  return new AppError(500, 'internal', 'Internal error', false);
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`No route for ${req.method} ${req.path}`));
};

// Prisma's messages quote the query's arguments, which can be personal data or secrets: the log
// gets the error's kind and code only.
export function loggable(err: unknown): unknown {
  const prismaError = err as { name?: string; code?: string; stack?: string };
  if (typeof prismaError?.name === 'string' && prismaError.name.startsWith('PrismaClient')) {
    return { type: prismaError.name, code: prismaError.code, at: prismaError.stack?.split('\n').find((line) => line.includes('/app/')) };
  }
  return err;
}

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    const appError = toAppError(err);
    if (appError.status >= 500) logger.error({ err: loggable(err) }, 'request failed');
    const body = appError.expose
      ? { code: appError.code, message: appError.message, ...(appError.details ? { details: appError.details } : {}) }
      : { code: appError.code, message: 'Internal error' };
    if (res.headersSent) return;
    if (appError.status === 503) res.set('Retry-After', '1');
    res.status(appError.status).json({ error: body });
  };
}
