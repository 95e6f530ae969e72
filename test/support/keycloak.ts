// Test fixtures in the real Keycloak, through its Admin REST API as the bootstrap admin: clients
// for test app instances, schools (organizations) and users. Each test makes its own.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PrismaClient } from '../../app/generated/prisma/client';
import { createKeycloakAdmin, masterAdminToken, type KeycloakAdmin, type UserSession } from '../../app/keycloak';
import { createSchool } from '../../app/schools';
import { uniqueSlug } from './factories';

// One client per realm for the whole test file, all with one cached bootstrap-admin token.
const adminToken = masterAdminToken(
  { KEYCLOAK_URL: process.env.KEYCLOAK_URL! },
  'admin',
  process.env.KC_ADMIN_PASSWORD!,
);
const clients = new Map<string, KeycloakAdmin>();
export function keycloakAdminOf(realm: string): KeycloakAdmin {
  let client = clients.get(realm);
  if (!client) {
    client = createKeycloakAdmin({ KEYCLOAK_URL: process.env.KEYCLOAK_URL!, KEYCLOAK_REALM: realm }, adminToken);
    clients.set(realm, client);
  }
  return client;
}
export const keycloakAdmin = keycloakAdminOf('schulid');

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
  const id = await keycloakAdmin.createClient({
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
  });
  return () => keycloakAdmin.deleteClient(id);
}

export type TestSchool = { id: string; slug: string; orgId: string };

export async function createSchoolWithOrganization(platform: PrismaClient): Promise<TestSchool> {
  const school = await createSchool(platform, { slug: uniqueSlug(), name: 'Testschule' }, null);
  const orgId = await keycloakAdmin.createOrganization({
    name: school.slug,
    alias: school.slug,
    domain: `${school.slug}.test.invalid`,
  });
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
  const realmAdmin = keycloakAdminOf(options.realm ?? 'schulid');
  const id = await realmAdmin.createUser({
    username,
    password,
    isTemporaryPassword: options.isPasswordTemporary ?? false,
    email: options.email,
    requiredActions: options.requiredActions ?? [],
    otpSecret: options.otpSecret,
  });
  if (options.roles.length > 0) await realmAdmin.assignRealmRoles(id, options.roles);
  if (options.school) await keycloakAdmin.addOrganizationMember(options.school.orgId, id);
  return { id, username, password };
}

export function keycloakSessionsOf(userId: string): Promise<UserSession[]> {
  return keycloakAdmin.listUserSessions(userId);
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
  const id = await keycloakAdmin.createClient({ ...template, clientId, attributes });
  return { clientId, remove: () => keycloakAdmin.deleteClient(id) };
}

// A copy of one of the realm's clients (e.g. Keycloak's own account-console) whose country check
// asks the given decision endpoint. Tests never change the real clients: an interrupted test would
// leave them pointing at a dead port.
export async function registerClientCopy(
  templateClientId: string,
  decisionUrl: string,
): Promise<{ clientId: string; remove(): Promise<void> }> {
  const { id: _id, clientId: _clientId, ...rest } = (await keycloakAdmin.findClient(templateClientId))!;
  const clientId = `test-${templateClientId}-${randomBytes(4).toString('hex')}`;
  const protocolMappers = (rest.protocolMappers ?? []).map(({ id: _mapperId, ...mapper }) => mapper);
  const id = await keycloakAdmin.createClient({
    ...rest,
    clientId,
    protocolMappers,
    attributes: { ...rest.attributes, 'schulid.country-decision-url': decisionUrl },
  });
  return { clientId, remove: () => keycloakAdmin.deleteClient(id) };
}
