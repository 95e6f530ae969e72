// A database that cannot be reached right now — restarted, failing over, the network between —
// is not a fault of the request: it is answered 503 with Retry-After (error-middleware.ts), so
// clients retry, never 500. Recognised by the codes pg, Node's sockets, PostgreSQL itself and
// Prisma's driver adapter give such failures, wherever in the error's chain of causes they sit.
const UNAVAILABLE_CODES = new Set([
  // Node's sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  // PostgreSQL: admin/crash shutdown, cannot connect now (starting up, recovery), connection exceptions
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  // too many connections (also what app/lib/group-commit.ts says when too many calls wait)
  '53300',
  // Prisma: cannot reach the server, timed out, server closed the connection
  'P1001',
  'P1002',
  'P1017',
]);
const UNAVAILABLE_MESSAGE = new RegExp(
  [
    'Connection terminated',
    'terminating connection',
    'the database system is (?:starting up|shutting down|in recovery mode)',
    "Can't reach database server",
    'server closed the connection unexpectedly',
    'Client has encountered a connection error',
    'connection timeout',
    // pg's pool: no connection became free in time (every one busy, or the server unreachable)
    'timeout exceeded when trying to connect',
  ].join('|'),
  'i',
);

type Chained = { code?: unknown; message?: unknown; cause?: unknown; meta?: { driverAdapterError?: unknown } };

export function isDatabaseUnavailable(err: unknown, depth = 0): boolean {
  if (depth > 6 || typeof err !== 'object' || err === null) return false;
  const chained = err as Chained;
  if (typeof chained.code === 'string' && UNAVAILABLE_CODES.has(chained.code)) return true;
  if (typeof chained.message === 'string' && UNAVAILABLE_MESSAGE.test(chained.message)) return true;
  return (
    isDatabaseUnavailable(chained.cause, depth + 1) ||
    isDatabaseUnavailable(chained.meta?.driverAdapterError, depth + 1) ||
    (err instanceof AggregateError && err.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
  );
}
