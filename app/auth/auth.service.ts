// The login rules, without req/res: what a finished login puts into the session, when tokens are
// refreshed, and what a back-channel logout destroys.
import type { SessionIdentity, SessionTokens } from '../access';
import { finishAuthorization, refreshTokens, type Oidc } from './oidc';
import { knownRoles, needsSchool } from '../access';
import type { SchoolResolver } from './school-resolver';
import { AppError } from '../lib/errors';

// Only same-site paths: a login must never end on somebody else's site.
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : '/';
}

export async function completeLogin(
  oidc: Oidc,
  resolveSchool: SchoolResolver,
  currentUrl: URL,
  checks: { codeVerifier: string; state: string; nonce: string },
): Promise<{ identity: SessionIdentity; tokens: SessionTokens }> {
  let result: Awaited<ReturnType<typeof finishAuthorization>>;
  try {
    result = await finishAuthorization(oidc, currentUrl, checks);
  } catch {
    throw AppError.badRequest('The login could not be completed. Please start again.');
  }
  const { tokens, claims } = result;
  const roles = knownRoles(claims.roles);
  const schoolId = await resolveSchool(claims.organization);
  if (roles.length === 0) throw AppError.forbidden('This account has no role on the platform');
  // Researchers and platform admins belong to no school; everybody else must.
  if (!schoolId && needsSchool(roles)) throw AppError.forbidden('This account belongs to no school on the platform');
  return {
    identity: {
      userId: claims.sub,
      roles,
      schoolId,
      keycloakSid: typeof claims.sid === 'string' ? claims.sid : undefined,
      loggedInAt: Date.now(),
    },
    tokens: {
      idToken: tokens.id_token!,
      refreshToken: tokens.refresh_token,
      accessTokenExpiresAt: Date.now() + (tokens.expires_in ?? 300) * 1000,
    },
  };
}

// Refreshing at most once per access-token lifetime keeps the app session tied to Keycloak's (a
// session ended there fails here within minutes even if a back-channel logout was lost) without a
// call to Keycloak per request. Returns null when Keycloak no longer knows the session. While
// Keycloak cannot be reached, the session goes on and the refresh is retried 30 s later.
export async function refreshIfStale(
  oidc: Oidc,
  tokens: SessionTokens,
  now = Date.now(),
): Promise<SessionTokens | null | 'fresh'> {
  if (tokens.accessTokenExpiresAt > now || !tokens.refreshToken) return 'fresh';
  try {
    const refreshed = await refreshTokens(oidc, tokens.refreshToken);
    return {
      idToken: refreshed.id_token ?? tokens.idToken,
      refreshToken: refreshed.refresh_token ?? tokens.refreshToken,
      accessTokenExpiresAt: now + (refreshed.expires_in ?? 300) * 1000,
    };
  } catch (err) {
    if ((err as { error?: string }).error === 'invalid_grant') return null;
    return { ...tokens, accessTokenExpiresAt: now + 30_000 };
  }
}
