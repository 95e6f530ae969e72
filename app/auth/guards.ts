// Who may call what. `authenticate` finds the caller (app session, or a bearer token verified
// locally); `allow(...)` admits only the listed roles. API routes are registered through
// `secureRoute`, which will not register a route without its list: deny by default.
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import { AppError } from '../lib/errors';
import type { Role } from './roles';
import { knownRoles } from './roles';
import type { TokenVerifier } from './token-verifier';

export function authenticate(verifier: TokenVerifier): RequestHandler {
  return async (req: Request, _res: Response, next: NextFunction) => {
    const header = req.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer ([A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+\.[A-Za-z0-9\-_]+)$/.exec(header);
      if (!match) throw new AppError(401, 'invalid_token', 'The Authorization header must be "Bearer <token>"');
      const payload = await verifier.verifyAccessToken(match[1]!);
      const keycloakSid = typeof payload.sid === 'string' ? payload.sid : undefined;
      req.identity = {
        userId: payload.sub,
        roles: knownRoles(payload.roles),
        schoolId: null,
        via: 'bearer',
        keycloakSid,
      };
    } else if (req.session?.identity) {
      const { userId, roles, schoolId, keycloakSid } = req.session.identity;
      req.identity = { userId, roles, schoolId, via: 'session', keycloakSid };
    }
    next();
  };
}

export const ANY_SIGNED_IN = 'any-signed-in' as const;
type Allowed = readonly Role[] | typeof ANY_SIGNED_IN;

const ROLE_GUARD = Symbol('role guard');

export function allow(allowed: Allowed): RequestHandler {
  const guard: RequestHandler & { [ROLE_GUARD]?: Allowed } = (req, _res, next) => {
    const identity = req.identity;
    if (!identity) throw new AppError(401, 'unauthenticated', 'Please log in');
    if (allowed !== ANY_SIGNED_IN && !identity.roles.some((role) => allowed.includes(role))) throw AppError.forbidden();
    next();
  };
  guard[ROLE_GUARD] = allowed;
  return guard;
}

type Layer = {
  route?: { path: string; stack: { handle: { [ROLE_GUARD]?: Allowed } }[] };
  handle?: { stack?: Layer[] };
};

// "GET /me", … for every route of a router (for the OpenAPI document's completeness check).
export function listRoutes(router: Router): string[] {
  const routes: string[] = [];
  const visit = (stack: (Layer & { route?: { methods?: Record<string, boolean> } })[]) => {
    for (const layer of stack) {
      if (layer.route)
        for (const method of Object.keys(layer.route.methods ?? {}))
          routes.push(`${method.toUpperCase()} ${layer.route.path}`);
      if (layer.handle?.stack) visit(layer.handle.stack);
    }
  };
  visit((router as unknown as { stack: Layer[] }).stack);
  return routes;
}

// Refuses (at start-up) an API router holding a route whose first handler is not a role guard.
export function assertEveryRouteGuarded(router: Router): void {
  const visit = (stack: Layer[]) => {
    for (const layer of stack) {
      if (layer.route && layer.route.stack[0]?.handle[ROLE_GUARD] === undefined) {
        throw new Error(`API route ${layer.route.path} declares no roles`);
      }
      if (layer.handle?.stack) visit(layer.handle.stack);
    }
  };
  visit((router as unknown as { stack: Layer[] }).stack);
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export function secureRoute(
  router: Router,
  method: Method,
  path: string,
  allowed: Allowed,
  ...handlers: RequestHandler[]
): void {
  if (allowed !== ANY_SIGNED_IN && allowed.length === 0)
    throw new Error(`route ${method.toUpperCase()} ${path} allows nobody`);
  router[method](path, allow(allowed), ...handlers);
}

// The caller's school, for school-scoped work; bearer callers (researchers) have none.
export function requireSchool(req: Request): string {
  if (!req.identity?.schoolId) throw AppError.forbidden('This needs an account of a school');
  return req.identity.schoolId;
}

// The caller with their school, for services that work in one school's context.
export function schoolCaller(req: Request): { userId: string; schoolId: string; roles: Role[] } {
  return { userId: req.identity!.userId, schoolId: requireSchool(req), roles: req.identity!.roles };
}
