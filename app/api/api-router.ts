// Builds the /api router from endpoint declarations and their handlers. For every endpoint, in
// this order: the role guard (deny by default), params, query and body parsed with the declared
// schemas (a bad one is a 400 with a message), the handler, and the response parsed with the
// declared schema: an allowlist, so a field the declaration does not name never leaves the server.
// A response that does not match its schema is a defect: 500, logged, and any test calling it fails.
import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import { allow, callerOf, PUBLIC, type Caller } from '../access';
import type { EndpointSpec, SuccessResponse } from './endpoint';

type SignedInCaller = Caller & { schoolId: string | null };
type Parsed<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;

export type HandlerInput<E extends EndpointSpec> = {
  params: Parsed<E['params'], Record<string, never>>;
  query: Parsed<E['query'], Record<string, never>>;
  body: Parsed<E['body'], undefined>;
  // Public endpoints may be called by nobody in particular.
  caller: E['roles'] extends typeof PUBLIC ? SignedInCaller | null : SignedInCaller;
  req: Request;
  res: Response;
};

export type Route = {
  spec: EndpointSpec;
  handle: (input: HandlerInput<EndpointSpec>) => Promise<unknown> | unknown;
};

export function route<const E extends EndpointSpec>(
  spec: E,
  // What the handler returns is checked at run time against the declared response schema (the
  // services hand out database rows whose strings the schemas narrow to enums, dates to ISO text).
  handle: (input: HandlerInput<E>) => unknown,
): Route {
  return { spec, handle: handle as Route['handle'] };
}

export class ResponseSchemaMismatch extends Error {
  constructor(spec: EndpointSpec, issues: string) {
    super(`The response of ${spec.method.toUpperCase()} ${spec.path} does not match its schema: ${issues}`);
  }
}

function successOf(spec: EndpointSpec): [number, SuccessResponse] {
  const [status, response] = Object.entries(spec.responses)[0]!;
  return [Number(status), response];
}

function send(spec: EndpointSpec, res: Response, result: unknown): void {
  if (res.headersSent) return;
  const [status, response] = successOf(spec);
  if (!response.schema) {
    res.status(status).end();
    return;
  }
  const parsed = response.schema.safeParse(result);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
    throw new ResponseSchemaMismatch(spec, issues.join('; '));
  }
  res.status(status).json(parsed.data);
}

const keyOf = (spec: EndpointSpec) => `${spec.method.toUpperCase()} ${spec.path}`;

// Every declared endpoint gets exactly one handler, and no handler exists without a declaration:
// checked at start-up. Routes are registered in the contract's order.
function inContractOrder(routes: readonly Route[], contract: readonly EndpointSpec[]): Route[] {
  const byKey = new Map<string, Route>();
  for (const implemented of routes) {
    const key = keyOf(implemented.spec);
    if (byKey.has(key)) throw new Error(`${key} has two handlers`);
    if (!contract.includes(implemented.spec)) throw new Error(`${key} is not declared in the API contract`);
    byKey.set(key, implemented);
  }
  return contract.map((spec) => {
    const implemented = byKey.get(keyOf(spec));
    if (!implemented) throw new Error(`${keyOf(spec)} is declared but has no handler`);
    return implemented;
  });
}

export function apiRouter(routes: readonly Route[], contract: readonly EndpointSpec[]): Router {
  const router = Router();
  for (const { spec, handle } of inContractOrder(routes, contract)) {
    router[spec.method](spec.path, allow(spec.roles), async (req, res) => {
      const input = {
        params: spec.params ? spec.params.parse(req.params) : {},
        query: spec.query ? spec.query.parse(req.query) : {},
        body: spec.body ? spec.body.parse(req.body ?? {}) : undefined,
        caller: spec.roles === PUBLIC && !req.identity ? null : callerOf(req),
        req,
        res,
      };
      send(spec, res, await handle(input as HandlerInput<EndpointSpec>));
    });
  }
  return router;
}

type Layer = { route?: { path: string; methods?: Record<string, boolean> } };

// "GET /me", … as Express will match them: what the OpenAPI document is checked against.
export function listRoutes(router: Router): string[] {
  return (router as unknown as { stack: Layer[] }).stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods ?? {}).map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
      : [],
  );
}
