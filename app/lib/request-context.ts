// What every log line written while serving a request carries: the request id, the method and the
// route (its pattern, e.g. /api/classes/:id — never the ids in the URL). Kept in an
// AsyncLocalStorage for the request's whole asynchronous life, so that code deep inside a service,
// and the error middleware's 500 line, log it without being handed the request.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request } from 'express';

export type RequestContext = { requestId: string; req: Request; route?: string };

const storage = new AsyncLocalStorage<RequestContext>();

// Runs `work` in a new context for the request; `work` is handed that context (to read the route
// from later, outside it: routeIn).
export function runInRequestContext<T>(requestId: string, req: Request, work: (context: RequestContext) => T): T {
  const context: RequestContext = { requestId, req };
  return storage.run(context, () => work(context));
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
  return routeIn(storage.getStore(), req);
}

// The same, from a request's context held on to.
export function routeIn(context: RequestContext | undefined, req: Request): string | undefined {
  if (context?.route) return context.route;
  const path = (req.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${req.baseUrl}${path}` : undefined;
}

export function requestLogFields(): Record<string, string> {
  const context = storage.getStore();
  if (!context) return {};
  const route = routeOf(context.req);
  return { requestId: context.requestId, method: context.req.method, ...(route ? { route } : {}) };
}
