// The one error middleware. Clients get { error: { code, message } } with a 4xx that says what to
// fix, or a 5xx that says nothing internal; the logger gets the whole error (no request body).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { isAbortedRequest, toClientError } from './client-errors';
import { isDatabaseUnavailable } from './db-unavailable';
import { AppError } from './errors';
import type { Logger } from './logger';

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
  if ((err as { code?: string })?.code === 'P2028')
    return new AppError(503, 'busy', 'The server is busy. Please try again in a moment.', true);
  // The database is restarting or unreachable: come back in a moment (the pools reconnect by themselves).
  if (isDatabaseUnavailable(err))
    return new AppError(
      503,
      'database_unavailable',
      'The server cannot reach its database. Please try again in a moment.',
      true,
    );
  return toClientError(err) ?? new AppError(500, 'internal', 'Internal error', false);
}

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`No route for ${req.method} ${req.path}`));
};

// Prisma's messages quote the query's arguments, which can be personal data or secrets: the log
// gets the error's kind and code only.
export function loggable(err: unknown): unknown {
  const prismaError = err as { name?: string; code?: string; stack?: string };
  if (typeof prismaError?.name === 'string' && prismaError.name.startsWith('PrismaClient')) {
    return {
      type: prismaError.name,
      code: prismaError.code,
      at: prismaError.stack?.split('\n').find((line) => line.includes('/app/')),
    };
  }
  return err;
}

export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err, _req, res, _next) => {
    // The client hung up mid-upload: nobody is left to answer, and nothing failed on our side.
    if (isAbortedRequest(err)) {
      logger.debug('client went away during the upload');
      return;
    }
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
