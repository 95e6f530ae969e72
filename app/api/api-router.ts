// Builds the /api router from endpoint declarations and their handlers. For every endpoint, in
// this order: the role guard (deny by default), params, query and body parsed with the declared
// schemas (a bad one is a 400 with a message), the handler, and the response parsed with the
// declared schema: an allowlist, so a field the declaration does not name never leaves the server.
// A response that does not match its schema is a defect: 500, logged, and any test calling it fails.
import { Router, type Request, type Response } from 'express';
import type { z } from 'zod';
import { allow, callerOf, type Caller } from '../access';
import type { EndpointSpec, SuccessResponse } from './endpoint';

type Parsed<S, Fallback> = S extends z.ZodType ? z.output<S> : Fallback;
type ResponseInput<E extends EndpointSpec> = {
  [Status in keyof E['responses']]: E['responses'][Status] extends { schema: infer S extends z.ZodType }
    ? z.input<S>
    : void;
}[keyof E['responses']];

export type HandlerInput<E extends EndpointSpec> = {
  params: Parsed<E['params'], Record<string, never>>;
  query: Parsed<E['query'], Record<string, never>>;
  body: Parsed<E['body'], undefined>;
  caller: Caller & { schoolId: string | null };
  req: Request;
  res: Response;
};

export type Route = {
  spec: EndpointSpec;
  handle: (input: HandlerInput<EndpointSpec>) => Promise<unknown> | unknown;
};

export function route<const E extends EndpointSpec>(
  spec: E,
  handle: (input: HandlerInput<E>) => Promise<ResponseInput<E>> | ResponseInput<E>,
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

export function apiRouter(routes: readonly Route[]): Router {
  const router = Router();
  const seen = new Set<string>();
  for (const { spec, handle } of routes) {
    const key = `${spec.method.toUpperCase()} ${spec.path}`;
    if (seen.has(key)) throw new Error(`${key} is declared twice`);
    seen.add(key);
    router[spec.method](spec.path, allow(spec.roles), async (req, res) => {
      const input = {
        params: spec.params ? spec.params.parse(req.params) : {},
        query: spec.query ? spec.query.parse(req.query) : {},
        body: spec.body ? spec.body.parse(req.body ?? {}) : undefined,
        caller: callerOf(req),
        req,
        res,
      };
      send(spec, res, await handle(input as HandlerInput<EndpointSpec>));
    });
  }
  return router;
}
