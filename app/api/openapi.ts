// The API described as OpenAPI 3.1, served at GET /api/openapi.json, derived from the endpoint
// declarations: request and response schemas are the zod schemas that validate them, and each
// operation names the roles it admits (in its description and as `x-roles`).
import { z } from 'zod';
import { ANY_SIGNED_IN, PUBLIC } from '../access/roles';
import { ZErrorBody, type EndpointSpec } from './endpoint';

const COMMON_ERRORS: Record<string, string> = {
  '400': 'Invalid input, with a message',
  '401': 'Not logged in',
  '403': 'Role not allowed',
};

const jsonContent = (schema: z.ZodType, io: 'input' | 'output') => ({
  'application/json': { schema: z.toJSONSchema(schema, { io, unrepresentable: 'any' }) },
});

function parameters(spec: EndpointSpec) {
  const path = Object.keys(spec.params?.shape ?? {}).map((name) => ({
    name,
    in: 'path',
    required: true,
    schema: z.toJSONSchema(spec.params!.shape[name] as z.ZodType, { io: 'input', unrepresentable: 'any' }),
  }));
  const query = Object.entries(spec.query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: z.toJSONSchema(schema as z.ZodType, { io: 'input', unrepresentable: 'any' }),
  }));
  return [...path, ...query];
}

function operation(spec: EndpointSpec) {
  const roles =
    spec.roles === ANY_SIGNED_IN ? 'any signed-in user' : spec.roles === PUBLIC ? 'anyone' : spec.roles.join(', ');
  const errorResponse = (description: string) => ({ description, content: jsonContent(ZErrorBody, 'output') });
  return {
    summary: spec.summary,
    description: `Allowed: ${roles}.`,
    'x-roles': typeof spec.roles === 'string' ? [spec.roles] : spec.roles,
    security: spec.roles === PUBLIC ? [] : [{ session: [] }, { bearer: [] }],
    parameters: parameters(spec),
    ...(spec.body ? { requestBody: { required: true, content: jsonContent(spec.body, 'input') } } : {}),
    responses: {
      ...Object.fromEntries(
        Object.entries(spec.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema ? { content: jsonContent(response.schema, 'output') } : {}),
            ...(response.contentType ? { content: { [response.contentType]: {} } } : {}),
          },
        ]),
      ),
      ...Object.fromEntries(Object.entries(COMMON_ERRORS).map(([status, text]) => [status, errorResponse(text)])),
      ...Object.fromEntries(Object.entries(spec.errors ?? {}).map(([status, text]) => [status, errorResponse(text)])),
    },
  };
}

export function openApiDocument(endpoints: readonly EndpointSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of endpoints) {
    const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
    (paths[path] ??= {})[spec.method] = operation(spec);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SchulID API',
      version: '1',
      description: 'JSON API of the SchulID learning app. Deny by default: every operation names the roles it allows.',
    },
    servers: [{ url: '/api' }],
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'schulid.sid',
          description: 'The app session after logging in at /auth/login',
        },
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: "Keycloak access token (researchers' scripts, audience schulid-api)",
        },
      },
    },
    paths,
  };
}
