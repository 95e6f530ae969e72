// Test fixtures in the real Keycloak, through its Admin REST API as the bootstrap admin: clients
// for test app instances, schools (organizations) and users. Each test makes its own.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrismaClient } from '../../app/generated/prisma/client';
import { createSchool } from '../../app/schools';
import { uniqueSlug } from './factories';

const KEYCLOAK_URL = () => process.env.KEYCLOAK_URL!;

let cachedToken: { token: string; until: number } | undefined;
async function adminToken(): Promise<string> {
  if (cachedToken && cachedToken.until > Date.now()) return cachedToken.token;
  const response = await fetch(`${KEYCLOAK_URL()}/realms/master/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'admin-cli',
      username: 'admin',
      password: process.env.KC_ADMIN_PASSWORD!,
    }),
  });
  if (!response.ok) throw new Error(`admin login failed: ${response.status}`);
  const body = (await response.json()) as { access_token: string; expires_in: number };
  cachedToken = { token: body.access_token, until: Date.now() + (body.expires_in - 10) * 1000 };
  return cachedToken.token;
}

export async function admin(method: string, path: string, body?: unknown, realm = 'schulid'): Promise<Response> {
  const response = await fetch(`${KEYCLOAK_URL()}/admin/realms/${realm}${path}`, {
    method,
    headers: { authorization: `Bearer ${await adminToken()}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok && response.status !== 404)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}
const idFrom = (response: Response) => response.headers.get('location')!.split('/').pop()!;

// A confidential client like schulid-app (same mappers and scopes, from realm-export/), for one
// test app instance's URL.
export async function registerAppClient(
  clientId: string,
  secret: string,
  baseUrl: string,
  decisionUrl: string,
): Promise<() => Promise<void>> {
  const realm = JSON.parse(readFileSync(join(__dirname, '..', '..', 'realm-export', 'schulid-realm.json'), 'utf8'));
  const template = realm.clients.find((client: { clientId: string }) => client.clientId === 'schulid-app');
  const id = idFrom(
    await admin('POST', '/clients', {
      ...template,
      clientId,
      secret,
      redirectUris: [`${baseUrl}/auth/callback`],
      webOrigins: [baseUrl],
      attributes: {
        ...template.attributes,
        'post.logout.redirect.uris': `${baseUrl}/`,
        'backchannel.logout.url': `${baseUrl}/auth/backchannel-logout`,
        // Keycloak's country check asks this instance's internal listener.
        'schulid.country-decision-url': decisionUrl,
      },
    }),
  );
  return async () => void (await admin('DELETE', `/clients/${id}`));
}

export type TestSchool = { id: string; slug: string; orgId: string };

export async function createSchoolWithOrganization(platform: PrismaClient): Promise<TestSchool> {
  const school = await createSchool(platform, { slug: uniqueSlug(), name: 'Testschule' }, null);
  const orgId = idFrom(
    await admin('POST', '/organizations', {
      name: school.slug,
      alias: school.slug,
      enabled: true,
      domains: [{ name: `${school.slug}.test.invalid` }],
    }),
  );
  return { id: school.id, slug: school.slug, orgId };
}

export type TestUser = { id: string; username: string; password: string };

export async function createUser(options: {
  roles: string[];
  school?: TestSchool;
  requiredActions?: string[];
  isPasswordTemporary?: boolean;
  otpSecret?: string;
  realm?: string;
  username?: string;
  email?: string;
}): Promise<TestUser> {
  const username = options.username ?? `u-${randomBytes(5).toString('hex')}`;
  const password = `Pw-${randomBytes(12).toString('base64url')}`;
  const realm = options.realm ?? 'schulid';
  const credentials: unknown[] = [
    { type: 'password', value: password, temporary: options.isPasswordTemporary ?? false },
  ];
  if (options.otpSecret) {
    credentials.push({
      type: 'otp',
      userLabel: 'test device',
      secretData: JSON.stringify({ value: options.otpSecret }),
      credentialData: JSON.stringify({ subType: 'totp', digits: 6, period: 30, algorithm: 'HmacSHA1', counter: 0 }),
    });
  }
  const id = idFrom(
    await admin(
      'POST',
      '/users',
      {
        username,
        ...(options.email ? { email: options.email, emailVerified: true } : {}),
        enabled: true,
        requiredActions: options.requiredActions ?? [],
        credentials,
      },
      realm,
    ),
  );
  if (options.roles.length > 0) {
    const roles = await Promise.all(
      options.roles.map(async (name) => (await admin('GET', `/roles/${name}`, undefined, realm)).json()),
    );
    await admin('POST', `/users/${id}/role-mappings/realm`, roles, realm);
  }
  if (options.school) await admin('POST', `/organizations/${options.school.orgId}/members`, id);
  return { id, username, password };
}

export async function keycloakSessionsOf(userId: string): Promise<unknown[]> {
  return (await admin('GET', `/users/${userId}/sessions`)).json() as Promise<unknown[]>;
}

// A public research client like schulid-research (device grant, audience schulid-api), whose
// country check asks the given decision endpoint; optionally with a short token lifetime.
export async function registerResearchClient(
  decisionUrl: string,
  accessTokenLifespanSeconds?: number,
): Promise<{ clientId: string; remove(): Promise<void> }> {
  const realm = JSON.parse(readFileSync(join(__dirname, '..', '..', 'realm-export', 'schulid-realm.json'), 'utf8'));
  const template = realm.clients.find((client: { clientId: string }) => client.clientId === 'schulid-research');
  const clientId = `test-research-${randomBytes(4).toString('hex')}`;
  const attributes = { ...template.attributes, 'schulid.country-decision-url': decisionUrl };
  if (accessTokenLifespanSeconds) attributes['access.token.lifespan'] = String(accessTokenLifespanSeconds);
  const id = idFrom(await admin('POST', '/clients', { ...template, clientId, attributes }));
  return { clientId, remove: async () => void (await admin('DELETE', `/clients/${id}`)) };
}

// A copy of one of the realm's clients (e.g. Keycloak's own account-console) whose country check
// asks the given decision endpoint. Tests never change the real clients: an interrupted test would
// leave them pointing at a dead port.
export async function registerClientCopy(
  templateClientId: string,
  decisionUrl: string,
): Promise<{ clientId: string; remove(): Promise<void> }> {
  const [template] = (await (
    await admin('GET', `/clients?clientId=${encodeURIComponent(templateClientId)}`)
  ).json()) as Record<string, unknown>[];
  const {
    id: _id,
    clientId: _clientId,
    ...rest
  } = template as { id: string; clientId: string; attributes?: Record<string, string> };
  const clientId = `test-${templateClientId}-${randomBytes(4).toString('hex')}`;
  const protocolMappers = ((rest as { protocolMappers?: { id?: string }[] }).protocolMappers ?? []).map(
    ({ id: _mapperId, ...mapper }) => mapper,
  );
  const id = idFrom(
    await admin('POST', '/clients', {
      ...rest,
      clientId,
      protocolMappers,
      attributes: { ...rest.attributes, 'schulid.country-decision-url': decisionUrl },
    }),
  );
  return { clientId, remove: async () => void (await admin('DELETE', `/clients/${id}`)) };
}
