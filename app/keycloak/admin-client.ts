// The one client of Keycloak's Admin REST API, with a typed method for each call the platform (and
// its tests) make: users, realm roles, organizations, identity providers, clients. Nothing outside
// this module builds an Admin API path. Whoever builds it supplies the access token: the demo seed
// and the tests use the bootstrap admin, the app its own service account with the fewest
// realm-management roles.
export type AdminSettings = { KEYCLOAK_URL: string; KEYCLOAK_REALM: string };
export type TokenProvider = () => Promise<string>;

// Keycloak's representations, with the fields someone reads named. A client keeps the rest of its
// fields, so that a copy of one (or an update of a read one) carries all its settings along.
export type ClientRepresentation = {
  id?: string;
  clientId: string;
  secret?: string;
  publicClient?: boolean;
  bearerOnly?: boolean;
  standardFlowEnabled?: boolean;
  directAccessGrantsEnabled?: boolean;
  implicitFlowEnabled?: boolean;
  serviceAccountsEnabled?: boolean;
  redirectUris?: string[];
  webOrigins?: string[];
  defaultClientScopes?: string[];
  optionalClientScopes?: string[];
  attributes?: Record<string, string>;
  authenticationFlowBindingOverrides?: Record<string, string>;
  protocolMappers?: ({ id?: string } & Record<string, unknown>)[];
  [field: string]: unknown;
};
export type UserRepresentation = {
  id: string;
  username: string;
  enabled: boolean;
  email?: string;
  emailVerified?: boolean;
  requiredActions: string[];
  attributes?: Record<string, string[]>;
};
export type UserSession = {
  id: string;
  ipAddress: string;
  start: number;
  lastAccess: number;
  clients: Record<string, string>;
};
export type BruteForceCounters = {
  disabled: boolean;
  numFailures: number;
  numTemporaryLockouts?: number;
  lastFailure: number;
  failedLoginNotBefore?: number;
};
export type UserCredential = { id: string; type: string; userLabel?: string; createdDate?: number };
export type RealmSettings = {
  realm: string;
  eventsExpiration?: number;
  eventsListeners: string[];
  attributes: Record<string, string>;
  [field: string]: unknown;
};

export class KeycloakAdminError extends Error {
  constructor(
    readonly status: number,
    operation: string,
  ) {
    super(`Keycloak admin API: ${operation} answered ${status}`);
  }
}

export function createKeycloakAdmin(settings: AdminSettings, getToken: TokenProvider) {
  const base = `${settings.KEYCLOAK_URL}/admin/realms/${encodeURIComponent(settings.KEYCLOAK_REALM)}`;
  const organizationIds = new Map<string, string>();

  async function call(operation: string, method: string, path: string, body?: unknown): Promise<Response> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${await getToken()}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new KeycloakAdminError(response.status, operation);
    return response;
  }
  // The same call, where a 404 (already gone) is an answer, not an error.
  async function callUnlessMissing(operation: string, method: string, path: string, body?: unknown) {
    try {
      return await call(operation, method, path, body);
    } catch (err) {
      if (err instanceof KeycloakAdminError && err.status === 404) return undefined;
      throw err;
    }
  }
  const json = async <T>(response: Response) => (await response.json()) as T;
  const createdId = (response: Response) => response.headers.get('location')!.split('/').pop()!;
  const everyPage = async <T>(page: (first: number) => Promise<Response>): Promise<T[]> => {
    const items: T[] = [];
    for (let first = 0; ; first += 100) {
      const batch = await json<T[]>(await page(first));
      items.push(...batch);
      if (batch.length < 100) return items;
    }
  };
  const pageThrough = async (page: (first: number) => Promise<Response>): Promise<string[]> =>
    (await everyPage<{ id: string }>(page)).map((item) => item.id);
  // Which of these users (a school's members) hold the realm role directly. Asked per member, eight
  // at a time, rather than by listing the role's holders across the realm: a federal state's realm
  // has millions of pupils, a school a few hundred. A user deleted meanwhile holds nothing.
  async function holdingRealmRole(userIds: string[], role: string): Promise<Set<string>> {
    const holders = new Set<string>();
    let next = 0;
    const askNext = async () => {
      while (next < userIds.length) {
        const id = userIds[next++]!;
        const response = await callUnlessMissing(
          'user roles',
          'GET',
          `/users/${encodeURIComponent(id)}/role-mappings/realm`,
        );
        if (response && (await json<{ name: string }[]>(response)).some((mapped) => mapped.name === role))
          holders.add(id);
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, userIds.length) }, askNext));
    return holders;
  }

  const client = {
    async findUserId(username: string): Promise<string | undefined> {
      const users = await json<{ id: string }[]>(
        await call('find user', 'GET', `/users?exact=true&username=${encodeURIComponent(username)}`),
      );
      return users[0]?.id;
    },
    async getUser(userId: string): Promise<UserRepresentation | undefined> {
      const response = await callUnlessMissing('read user', 'GET', `/users/${encodeURIComponent(userId)}`);
      return response && json<UserRepresentation>(response);
    },
    async listUserCredentials(userId: string): Promise<UserCredential[]> {
      return json<UserCredential[]>(
        await call('list credentials', 'GET', `/users/${encodeURIComponent(userId)}/credentials`),
      );
    },
    // Every Keycloak session of the user (browser SSO sessions with their refresh tokens), with the
    // client address Keycloak saw at the login.
    async listUserSessions(userId: string): Promise<UserSession[]> {
      return json<UserSession[]>(
        await call('list user sessions', 'GET', `/users/${encodeURIComponent(userId)}/sessions`),
      );
    },
    async listUserSessionIds(userId: string): Promise<string[]> {
      return (await client.listUserSessions(userId)).map((s) => s.id);
    },
    async endSession(sessionId: string): Promise<void> {
      try {
        await call('end session', 'DELETE', `/sessions/${encodeURIComponent(sessionId)}`);
      } catch (err) {
        if (!(err instanceof KeycloakAdminError && err.status === 404)) throw err;
      }
    },
    // Ends all the user's sessions and invalidates every token issued to them before now.
    async logoutUser(userId: string): Promise<void> {
      await call('log user out', 'POST', `/users/${encodeURIComponent(userId)}/logout`);
    },
    // Disabled accounts cannot log in; a user already deleted counts as done.
    async setUserEnabled(userId: string, isEnabled: boolean): Promise<void> {
      await callUnlessMissing('enable user', 'PUT', `/users/${encodeURIComponent(userId)}`, { enabled: isEnabled });
    },
    // Keycloak 26 keeps usernames read-only, for admins too, unless the realm has editUsernameAllowed;
    // the realm's user profile still lets only admins edit them (no self-service renames). 409: taken.
    // Replaces the user's required actions (what Keycloak asks at the next login).
    async setRequiredActions(userId: string, requiredActions: string[]): Promise<void> {
      await call('set required actions', 'PUT', `/users/${encodeURIComponent(userId)}`, { requiredActions });
    },
    async renameUser(userId: string, username: string): Promise<void> {
      await call('rename user', 'PUT', `/users/${encodeURIComponent(userId)}`, { username });
    },
    // The identity providers an account logs in through (brokered, e.g. a school's own SSO).
    async listFederatedIdentityAliases(userId: string): Promise<string[]> {
      const links = await json<{ identityProvider: string }[]>(
        await call('list federated identities', 'GET', `/users/${encodeURIComponent(userId)}/federated-identity`),
      );
      return links.map((link) => link.identityProvider);
    },
    async logoutUserIfExists(userId: string): Promise<void> {
      await callUnlessMissing('log user out', 'POST', `/users/${encodeURIComponent(userId)}/logout`);
    },
    async deleteUser(userId: string): Promise<void> {
      await callUnlessMissing('delete user', 'DELETE', `/users/${encodeURIComponent(userId)}`);
    },
    async resetPassword(userId: string, password: string, isTemporary: boolean): Promise<void> {
      await call('reset password', 'PUT', `/users/${encodeURIComponent(userId)}/reset-password`, {
        type: 'password',
        value: password,
        temporary: isTemporary,
      });
    },
    async findIdentityProvider(alias: string): Promise<Record<string, unknown> | undefined> {
      const response = await callUnlessMissing(
        'read identity provider',
        'GET',
        `/identity-provider/instances/${encodeURIComponent(alias)}`,
      );
      return response && json<Record<string, unknown>>(response);
    },
    async createIdentityProvider(representation: { alias: string } & Record<string, unknown>): Promise<void> {
      await call('create identity provider', 'POST', '/identity-provider/instances', representation);
    },
    async addIdentityProviderMapper(alias: string, mapper: Record<string, unknown>): Promise<void> {
      await call(
        'add identity provider mapper',
        'POST',
        `/identity-provider/instances/${encodeURIComponent(alias)}/mappers`,
        mapper,
      );
    },
    async listOrganizationIdentityProviderAliases(orgId: string): Promise<string[]> {
      const linked = await json<{ alias: string }[]>(
        await call('list organization identity providers', 'GET', `/organizations/${orgId}/identity-providers`),
      );
      return linked.map((idp) => idp.alias);
    },
    async linkOrganizationIdentityProvider(orgId: string, alias: string): Promise<void> {
      await call('link identity provider', 'POST', `/organizations/${orgId}/identity-providers`, alias);
    },
    // Without requiredActions, the realm's default required actions apply. An e-mail address given
    // here counts as verified: nobody could confirm it. otpSecret sets up a TOTP device at once.
    async createUser(user: {
      username: string;
      password: string;
      isTemporaryPassword: boolean;
      attributes?: Record<string, string[]>;
      email?: string;
      requiredActions?: string[];
      otpSecret?: string;
    }) {
      const credentials: Record<string, unknown>[] = [
        { type: 'password', value: user.password, temporary: user.isTemporaryPassword },
      ];
      // Keycloak's stored form of a TOTP device; its code parameters are those of the realm's OTP policy.
      if (user.otpSecret)
        credentials.push({
          type: 'otp',
          userLabel: 'test device',
          secretData: JSON.stringify({ value: user.otpSecret }),
          credentialData: JSON.stringify({ subType: 'totp', digits: 6, period: 30, algorithm: 'HmacSHA1', counter: 0 }),
        });
      const response = await call('create user', 'POST', '/users', {
        username: user.username,
        ...(user.email ? { email: user.email, emailVerified: true } : {}),
        enabled: true,
        attributes: user.attributes,
        requiredActions: user.requiredActions,
        credentials,
      });
      return createdId(response);
    },
    async assignRealmRoles(userId: string, roleNames: string[]) {
      const roles = await Promise.all(
        roleNames.map(async (name) =>
          json<{ id: string; name: string }>(await call('read role', 'GET', `/roles/${encodeURIComponent(name)}`)),
        ),
      );
      await call('assign roles', 'POST', `/users/${userId}/role-mappings/realm`, roles);
    },
    // Keycloak's organization search matches names and domains, not aliases: page through them.
    // An organization's id never changes for its alias: found once (paging through the list, as
    // Keycloak searches names, not aliases), then remembered by this process.
    async findOrganizationId(alias: string): Promise<string | undefined> {
      const known = organizationIds.get(alias);
      if (known) return known;
      for (let first = 0; ; first += 100) {
        const page = await json<{ id: string; alias: string }[]>(
          await call('list organizations', 'GET', `/organizations?briefRepresentation=true&first=${first}&max=100`),
        );
        for (const org of page) organizationIds.set(org.alias, org.id);
        const match = page.find((org) => org.alias === alias);
        if (match || page.length < 100) return match?.id;
      }
    },
    async createOrganization(org: {
      name: string;
      alias: string;
      domain: string;
      attributes?: Record<string, string[]>;
    }) {
      const response = await call('create organization', 'POST', '/organizations', {
        name: org.name,
        alias: org.alias,
        enabled: true,
        domains: [{ name: org.domain }],
        attributes: org.attributes,
      });
      return createdId(response);
    },
    // The name Keycloak's pages show. Keycloak replaces an organization with what is sent: the one
    // read, renamed. Names are unique in the realm (409).
    async renameOrganization(orgId: string, name: string): Promise<void> {
      const path = `/organizations/${encodeURIComponent(orgId)}`;
      const organization = await json<Record<string, unknown>>(await call('read organization', 'GET', path));
      await call('rename organization', 'PUT', path, { ...organization, name });
    },
    async getOrganizationName(orgId: string): Promise<string | undefined> {
      const response = await callUnlessMissing(
        'read organization',
        'GET',
        `/organizations/${encodeURIComponent(orgId)}`,
      );
      return response && (await json<{ name: string }>(response)).name;
    },
    async listOrganizationMemberIds(orgId: string): Promise<string[]> {
      return pageThrough((first) =>
        call('list members', 'GET', `/organizations/${orgId}/members?briefRepresentation=true&first=${first}&max=100`),
      );
    },
    // The school's members (by its alias) that hold the realm role, with their usernames (for the
    // teachers' pick lists: a colleague or an SSO pupil is chosen by name, not by id).
    async listSchoolMembersWithRole(alias: string, role: string): Promise<{ id: string; username: string }[]> {
      const orgId = await client.findOrganizationId(alias);
      if (!orgId) return [];
      const members: { id: string; username: string }[] = [];
      for (let first = 0; ; first += 100) {
        const page = await json<{ id: string; username: string }[]>(
          await call(
            'list members',
            'GET',
            `/organizations/${orgId}/members?briefRepresentation=true&first=${first}&max=100`,
          ),
        );
        members.push(...page.map(({ id, username }) => ({ id, username })));
        if (page.length < 100) break;
      }
      const holders = await holdingRealmRole(
        members.map((member) => member.id),
        role,
      );
      return members.filter((member) => holders.has(member.id)).sort((a, b) => a.username.localeCompare(b.username));
    },
    // The ids of the organization's members (a school, by its alias) that hold the realm role.
    async listOrganizationMembersWithRealmRole(alias: string, role: string): Promise<string[]> {
      const orgId = await client.findOrganizationId(alias);
      if (!orgId) return [];
      const members = await client.listOrganizationMemberIds(orgId);
      const holders = await holdingRealmRole(members, role);
      return members.filter((id) => holders.has(id));
    },
    async listUserIdsWithRealmRole(role: string): Promise<string[]> {
      return pageThrough((first) =>
        call(
          'list role users',
          'GET',
          `/roles/${encodeURIComponent(role)}/users?briefRepresentation=true&first=${first}&max=100`,
        ),
      );
    },
    // Enabled holders of the realm role with their usernames (a platform admin picks a study's
    // researchers by name, not by id).
    async listUsersWithRealmRole(role: string): Promise<{ id: string; username: string }[]> {
      const users = await everyPage<{ id: string; username: string; enabled?: boolean }>((first) =>
        call(
          'list role users',
          'GET',
          `/roles/${encodeURIComponent(role)}/users?briefRepresentation=true&first=${first}&max=100`,
        ),
      );
      return users
        .filter((user) => user.enabled !== false)
        .map(({ id, username }) => ({ id, username }))
        .sort((a, b) => a.username.localeCompare(b.username));
    },
    async removeRealmRoles(userId: string, roleNames: string[]) {
      const roles = await Promise.all(
        roleNames.map(async (name) =>
          json<{ id: string; name: string }>(await call('read role', 'GET', `/roles/${encodeURIComponent(name)}`)),
        ),
      );
      await call('remove roles', 'DELETE', `/users/${userId}/role-mappings/realm`, roles);
    },
    async isOrganizationMember(orgId: string, userId: string): Promise<boolean> {
      try {
        await call('read member', 'GET', `/organizations/${orgId}/members/${encodeURIComponent(userId)}`);
        return true;
      } catch (err) {
        if (err instanceof KeycloakAdminError && (err.status === 404 || err.status === 400)) return false;
        throw err;
      }
    },
    async hasRealmRole(userId: string, role: string): Promise<boolean> {
      try {
        const roles = await json<{ name: string }[]>(
          await call('read roles', 'GET', `/users/${encodeURIComponent(userId)}/role-mappings/realm/composite`),
        );
        return roles.some((r) => r.name === role);
      } catch (err) {
        if (err instanceof KeycloakAdminError && err.status === 404) return false;
        throw err;
      }
    },
    async addOrganizationMember(orgId: string, userId: string) {
      const members = await json<{ id: string }[]>(
        await call('list members', 'GET', `/organizations/${orgId}/members?first=0&max=1000`),
      );
      if (!members.some((member) => member.id === userId))
        await call('add member', 'POST', `/organizations/${orgId}/members`, userId);
    },
    // Brute-force detection's state of one account.
    async bruteForceStatus(
      userId: string,
    ): Promise<{ isLocked: boolean; failures: number; lastFailureAt: Date | null; lockedUntil: Date | null }> {
      const status = await client.bruteForceCounters(userId);
      return {
        isLocked: status.disabled,
        failures: status.numFailures,
        lastFailureAt: status.lastFailure > 0 ? new Date(status.lastFailure) : null,
        lockedUntil:
          status.disabled && status.failedLoginNotBefore ? new Date(status.failedLoginNotBefore * 1000) : null,
      };
    },
    // The same state in Keycloak's own counters and units (lastFailure in ms, failedLoginNotBefore in
    // s), for measuring its lockout rules. Keycloak also keeps the last failing client address
    // (lastIPFailure); it is dropped here so that no caller can pass it on.
    async bruteForceCounters(userId: string): Promise<BruteForceCounters> {
      const { disabled, numFailures, numTemporaryLockouts, lastFailure, failedLoginNotBefore } = await json<
        BruteForceCounters & { lastIPFailure?: string }
      >(
        await call(
          'read brute-force status',
          'GET',
          `/attack-detection/brute-force/users/${encodeURIComponent(userId)}`,
        ),
      );
      return { disabled, numFailures, numTemporaryLockouts, lastFailure, failedLoginNotBefore };
    },
    // The realm's own settings (events, their expiry, attributes), as the realm export left them.
    async getRealm(): Promise<RealmSettings> {
      return json<RealmSettings>(await call('read realm', 'GET', ''));
    },
    // Changes the fields given (Keycloak keeps the others).
    async updateRealm(fields: Partial<RealmSettings>): Promise<void> {
      await call('update realm', 'PUT', '', fields);
    },
    async listClients(): Promise<ClientRepresentation[]> {
      return everyPage<ClientRepresentation>((first) => call('list clients', 'GET', `/clients?first=${first}&max=100`));
    },
    // A client by its clientId (unique in a realm), not by Keycloak's internal id.
    async findClient(clientId: string): Promise<ClientRepresentation | undefined> {
      const clients = await json<ClientRepresentation[]>(
        await call('find client', 'GET', `/clients?clientId=${encodeURIComponent(clientId)}`),
      );
      return clients.find((c) => c.clientId === clientId);
    },
    // Returns Keycloak's internal id, which updateClient and deleteClient take.
    async createClient(representation: ClientRepresentation): Promise<string> {
      return createdId(await call('create client', 'POST', '/clients', representation));
    },
    // Keycloak replaces the client's settings with the representation: pass a read one, changed.
    async updateClient(id: string, representation: ClientRepresentation): Promise<void> {
      await call('update client', 'PUT', `/clients/${encodeURIComponent(id)}`, representation);
    },
    async deleteClient(id: string): Promise<void> {
      await callUnlessMissing('delete client', 'DELETE', `/clients/${encodeURIComponent(id)}`);
    },
    // Ends a lockout and forgets the account's failures.
    async clearBruteForce(userId: string): Promise<void> {
      await call(
        'clear brute-force status',
        'DELETE',
        `/attack-detection/brute-force/users/${encodeURIComponent(userId)}`,
      );
    },
  };
  return client;
}
export type KeycloakAdmin = ReturnType<typeof createKeycloakAdmin>;

// A token from a realm's token endpoint, cached until shortly before expiry: every login would
// otherwise cost a round trip and, for the password grant, a new session in Keycloak.
function cachedToken(operation: string, tokenUrl: string, grant: Record<string, string>): TokenProvider {
  let cached: { token: string; until: number } | undefined;
  return async () => {
    if (cached && cached.until > Date.now()) return cached.token;
    const response = await fetch(tokenUrl, {
      method: 'POST',
      body: new URLSearchParams(grant),
      signal: AbortSignal.timeout(10_000),
    });
    if (!response.ok) throw new KeycloakAdminError(response.status, operation);
    const body = (await response.json()) as { access_token: string; expires_in: number };
    cached = { token: body.access_token, until: Date.now() + (body.expires_in - 30) * 1000 };
    return cached.token;
  };
}

// A token of the bootstrap admin of the master realm (local demo and test set-ups only).
export function masterAdminToken(
  settings: { KEYCLOAK_URL: string },
  username: string,
  password: string,
): TokenProvider {
  return cachedToken('admin login', `${settings.KEYCLOAK_URL}/realms/master/protocol/openid-connect/token`, {
    grant_type: 'password',
    client_id: 'admin-cli',
    username,
    password,
  });
}

// The app's own service account (client credentials).
export function serviceAccountToken(settings: {
  KEYCLOAK_URL: string;
  KEYCLOAK_REALM: string;
  SCHULID_ADMIN_API_CLIENT_ID: string;
  SCHULID_ADMIN_API_CLIENT_SECRET: string;
}): TokenProvider {
  return cachedToken(
    'service account login',
    `${settings.KEYCLOAK_URL}/realms/${encodeURIComponent(settings.KEYCLOAK_REALM)}/protocol/openid-connect/token`,
    {
      grant_type: 'client_credentials',
      client_id: settings.SCHULID_ADMIN_API_CLIENT_ID,
      client_secret: settings.SCHULID_ADMIN_API_CLIENT_SECRET,
    },
  );
}
