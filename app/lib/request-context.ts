// What every log line written while serving a request carries: the request id, the method and the
// route (its pattern, e.g. /api/classes/:id — never the ids in the URL). Kept in an
// AsyncLocalStorage for the request's whole asynchronous life, so that code deep inside a service,
// and the error middleware's 500 line, log it without being handed the request.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request } from 'express';

type RequestContext = { requestId: string; req: Request; route?: string };

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequestContext<T>(requestId: string, req: Request, work: () => T): T {
  return storage.run({ requestId, req }, work);
}

// Called by the first handler of a route: Express forgets the mount point (baseUrl) once a router
// passes an error on, so the pattern is remembered while it is known.
export function rememberRoute(req: Request): void {
  const context = storage.getStore();
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (context && typeof path === 'string') context.route = `${req.baseUrl}${path}`;
}

// The route as Express matched it (undefined when none did, e.g. a 404).
export function routeOf(req: Request): string | undefined {
  const remembered = storage.getStore()?.route;
  if (remembered) return remembered;
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : undefined;
}

export function requestLogFields(): Record<string, string> {
  const context = storage.getStore();
  if (!context) return {};
  const route = routeOf(context.req);
  return { requestId: context.requestId, method: context.req.method, ...(route ? { route } : {}) };
}
