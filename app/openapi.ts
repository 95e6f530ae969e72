// The API described as OpenAPI 3.1, served at GET /api/openapi.json. Request bodies come from the
// same zod schemas that validate them, so the document cannot drift from what the API accepts; a
// test checks that every API route is described.
import { z } from 'zod';
import { ZAddPupils, ZAddTeacher, ZCreateClass, ZLoginCards } from './classes/classes.schemas';
import { ZAddressPolicy, ZMyCountries, ZRoleCountries } from './country-restriction/country-restriction.schemas';
import { ZAssign, ZStartAttempt, ZSubmitAttempt } from './learning/attempts.routes';
import { ZCreateStudy, ZObjection, ZParticipation, ZRequestExport } from './research/research.schemas';
import { ZTwoFactorSetting } from './schools/schools.schemas';

type Operation = {
  summary: string;
  roles: string;
  body?: z.ZodType;
  params?: string[];
  query?: string[];
  responses?: Record<string, string>;
};

const OPERATIONS: Record<string, Record<string, Operation>> = {
  '/me': { get: { summary: 'Who am I: pseudonymous id, roles, school, unread messages', roles: 'signed in' } },
  '/me/messages': { get: { summary: 'My system messages (de/en)', roles: 'signed in', query: ['lang'] } },
  '/me/messages/{id}/read': {
    post: {
      summary: 'Mark a message read',
      roles: 'signed in',
      params: ['id'],
      responses: { '204': 'Marked', '404': 'No such message' },
    },
  },
  '/me/login-countries': {
    get: { summary: 'My own login countries and the school lists that apply to me', roles: 'signed in' },
    put: {
      summary: 'Set my own login countries (null: none)',
      roles: 'signed in',
      body: ZMyCountries,
      responses: { '200': 'Saved', '409': 'Would lock out the current country' },
    },
  },
  '/school': { get: { summary: 'My school', roles: 'teacher, school-admin' } },
  '/school/two-factor': {
    put: { summary: '"2FA for everyone in this school"', roles: 'school-admin', body: ZTwoFactorSetting },
  },
  '/school/login-countries': { get: { summary: "The school's login-country rules", roles: 'school-admin' } },
  '/school/login-countries/{role}': {
    put: { summary: 'Login countries for one role', roles: 'school-admin', params: ['role'], body: ZRoleCountries },
  },
  '/school/login-address-policy': {
    put: { summary: 'Private/loopback and unknown-country addresses', roles: 'school-admin', body: ZAddressPolicy },
  },
  '/school/login-attempts': {
    get: {
      summary: 'Login attempts of the school (truncated addresses)',
      roles: 'school-admin',
      query: ['blocked', 'limit'],
    },
  },
  '/classes': {
    post: {
      summary: 'Create a class (the creator becomes its teacher)',
      roles: 'teacher',
      body: ZCreateClass,
      responses: { '201': 'Created' },
    },
    get: { summary: 'My classes (school admins: all of the school)', roles: 'teacher, school-admin' },
  },
  '/classes/{id}/pupils': {
    get: {
      summary: 'The pupils of a class (pseudonymous usernames)',
      roles: 'teacher of the class, school-admin',
      params: ['id'],
    },
    post: {
      summary: 'Create pupil accounts (usernames or generated); one-time passwords in this response only',
      roles: 'teacher of the class, school-admin',
      params: ['id'],
      body: ZAddPupils,
      responses: { '201': 'Created', '409': 'Username taken' },
    },
  },
  '/classes/{id}': {
    delete: {
      summary: "Delete a class: its pupils' accounts (in Keycloak too) and all their data",
      roles: 'teacher of the class, school-admin',
      params: ['id'],
    },
  },
  '/classes/{id}/teachers': {
    post: {
      summary: 'Add a co-teacher (a teacher of the same school)',
      roles: 'teacher of the class, school-admin',
      params: ['id'],
      body: ZAddTeacher,
      responses: { '204': 'Added' },
    },
  },
  '/classes/{id}/login-cards': {
    post: {
      summary: 'New one-time passwords for the class (or the pupils named), as printable login cards (PDF)',
      roles: 'teacher of the class, school-admin',
      params: ['id'],
      body: ZLoginCards,
      responses: { '201': 'application/pdf' },
    },
  },
  '/classes/{id}/progress': {
    get: {
      summary: 'Per topic: attempts, pupils, share correct, median time',
      roles: 'teacher of the class, school-admin',
      params: ['id'],
    },
  },
  '/classes/{id}/locked-pupils': {
    get: {
      summary: "Pupils locked out by Keycloak's brute-force detection: failures, last failure, locked until",
      roles: 'teacher of the class, school-admin',
      params: ['id'],
    },
  },
  '/classes/{id}/pupils/{pupilId}/unlock': {
    post: {
      summary: "End a pupil's lockout (audited)",
      roles: 'teacher of the class, school-admin',
      params: ['id', 'pupilId'],
      responses: { '204': 'Unlocked', '404': 'No such pupil in this class' },
    },
  },
  '/classes/{id}/pupils/{pupilId}/attempts': {
    get: {
      summary: "A pupil's attempts over time",
      roles: 'teacher of the class, school-admin',
      params: ['id', 'pupilId'],
    },
  },
  '/classes/{id}/assignments': {
    post: {
      summary: 'Assign a topic or template to a class, optionally with a due date',
      roles: 'teacher of the class, school-admin',
      params: ['id'],
      body: ZAssign,
      responses: { '201': 'Created' },
    },
  },
  '/me/assignments': { get: { summary: 'My open assignments with my progress', roles: 'pupil' } },
  '/topics': { get: { summary: 'Task topics', roles: 'pupil, teacher, school-admin' } },
  '/attempts': {
    post: {
      summary: 'Serve a task and open an attempt',
      roles: 'pupil',
      body: ZStartAttempt,
      responses: { '201': 'The task (never its solution)' },
    },
  },
  '/attempts/{id}/submit': {
    post: {
      summary: 'Submit the answer; a repeat returns the first result',
      roles: 'pupil',
      params: ['id'],
      body: ZSubmitAttempt,
      responses: { '200': 'Result', '404': 'Not this pupil’s attempt', '409': 'Expired' },
    },
  },
  '/research/studies': {
    post: {
      summary: 'Set up a study: name, purpose, range, k, researchers, schools (invited)',
      roles: 'platform-admin',
      body: ZCreateStudy,
      responses: { '201': 'Created' },
    },
    get: { summary: 'My studies (platform admins: all)', roles: 'researcher, platform-admin' },
  },
  '/research/studies/{id}/end': {
    post: {
      summary: 'End a study: its key is destroyed, its exports become anonymous',
      roles: 'platform-admin',
      params: ['id'],
      responses: { '200': 'Ended', '409': 'Already ended' },
    },
  },
  '/research/exports': {
    get: { summary: 'Every export (who, when, study, filters, rows): the audit view', roles: 'platform-admin' },
  },
  '/research/studies/{id}/exports': {
    post: {
      summary: 'Request a pseudonymised export (runs as a job)',
      roles: 'researcher of the study',
      params: ['id'],
      body: ZRequestExport,
      responses: { '202': 'Queued', '403': 'Not a researcher of this study', '409': 'Study ended' },
    },
    get: { summary: "The study's exports", roles: 'researcher of the study', params: ['id'] },
  },
  '/research/studies/{id}/revocations': {
    get: {
      summary: 'Pseudonyms of pupils who objected or were deleted: delete their rows',
      roles: 'researcher of the study',
      params: ['id'],
    },
  },
  '/research/exports/{id}': {
    get: {
      summary: 'Status, progress (rows done / total), risk report, manifest and file links',
      roles: 'researcher of the study',
      params: ['id'],
    },
  },
  '/research/exports/{id}/files/{name}': {
    get: {
      summary: 'Download a file (Range requests resume a broken download)',
      roles: 'researcher of the study',
      params: ['id', 'name'],
      responses: { '200': 'The file', '206': 'Part of it', '409': 'Not ready', '410': 'Deleted after retention' },
    },
  },
  '/school/studies': {
    get: { summary: 'Studies the school is invited to, and whether it takes part', roles: 'school-admin' },
  },
  '/school/studies/{id}/participation': {
    put: {
      summary: 'Opt the school in or out of a study',
      roles: 'school-admin',
      params: ['id'],
      body: ZParticipation,
    },
  },
  '/school/research-exports': {
    get: {
      summary: 'Which studies received which classes’ data, and when',
      roles: 'teacher (own classes), school-admin',
    },
  },
  '/classes/{id}/pupils/{pupilId}/research-objection': {
    get: {
      summary: 'Whether a pupil objected to research use (GDPR Art. 21)',
      roles: 'teacher of the class, school-admin',
      params: ['id', 'pupilId'],
    },
    put: {
      summary: 'Record (or, school admins only, withdraw) an objection: the pupil leaves every future export',
      roles: 'teacher of the class, school-admin',
      params: ['id', 'pupilId'],
      body: ZObjection,
    },
  },
};

const errorBody = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [path, methods] of Object.entries(OPERATIONS)) {
    paths[path] = Object.fromEntries(
      Object.entries(methods).map(([method, op]) => [
        method,
        {
          summary: op.summary,
          description: `Allowed: ${op.roles}.`,
          security: [{ session: [] }, { bearer: [] }],
          parameters: [
            ...(op.params ?? []).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
            ...(op.query ?? []).map((name) => ({ name, in: 'query', required: false, schema: { type: 'string' } })),
          ],
          ...(op.body
            ? {
                requestBody: {
                  required: true,
                  content: { 'application/json': { schema: z.toJSONSchema(op.body, { io: 'input' }) } },
                },
              }
            : {}),
          responses: {
            ...Object.fromEntries(
              Object.entries(op.responses ?? { '200': 'OK' }).map(([status, description]) => [status, { description }]),
            ),
            '400': {
              description: 'Invalid input, with a message',
              content: { 'application/json': { schema: errorBody } },
            },
            '401': { description: 'Not logged in' },
            '403': { description: 'Role not allowed' },
          },
        },
      ]),
    );
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
