// An endpoint, declared once: method, path, the roles it admits, a summary, the request schemas and
// the response schema per status. The Express route (app/api/api-router.ts) and the OpenAPI document
// (app/api/openapi.ts) are derived from it; the web app imports it for its types. Browser-safe:
// zod and the role names only.
import { z } from 'zod';
import type { Allowed } from '../access/roles';

export type Method = 'get' | 'post' | 'put' | 'delete';

export type SuccessResponse = {
  description: string;
  // The JSON body, an allowlist: fields it does not name are dropped. None: no body (204).
  schema?: z.ZodType;
  // A body that is not JSON (a PDF, an export file), written by the handler itself.
  contentType?: string;
};

export type EndpointSpec = {
  method: Method;
  // Express style: /classes/:id/pupils
  path: string;
  roles: Allowed;
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  responses: Partial<Record<200 | 201 | 202 | 204 | 206, SuccessResponse>>;
  // Client errors this endpoint answers besides the ones every endpoint may (400, 401, 403).
  errors?: Partial<Record<404 | 409 | 410 | 412 | 416, string>>;
};

export function endpoint<const Spec extends EndpointSpec>(spec: Spec): Spec {
  return spec;
}

type SchemaOf<T> = T extends { schema: infer S extends z.ZodType } ? S : never;

// What the browser sends and receives, for one endpoint.
export type RequestBody<E extends EndpointSpec> = E['body'] extends z.ZodType ? z.input<E['body']> : never;
export type PathParams<E extends EndpointSpec> = E['params'] extends z.ZodObject ? z.input<E['params']> : never;
export type QueryParams<E extends EndpointSpec> = E['query'] extends z.ZodObject ? z.input<E['query']> : never;
export type ResponseBody<E extends EndpointSpec, Status extends keyof E['responses'] = keyof E['responses']> = z.output<
  SchemaOf<E['responses'][Status]>
>;

// A timestamp in a response: the services hand out Date objects, the JSON says ISO 8601 (UTC).
export const ZTimestamp = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString() : value),
  z.iso.datetime(),
);

// The body of every error answer.
export const ZErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
