// When a country list narrows, sessions opened under the wider list must not live on for up to
// 10 hours: the affected users' other sessions end in Keycloak (with their refresh tokens, the
// research scripts' included) and in the app. The caller's own current session stays, so the page
// that made the change can say what happened. Runs after the change has committed; a Keycloak
// failure is reported to the caller (503), never rolls the list back.
import type { KeycloakAdmin } from '../keycloak';
import { AppError } from '../lib/errors';
import type { PostgresSessionStore } from '../sessions';

export type SessionEnders = { keycloak: KeycloakAdmin; sessions: PostgresSessionStore };
// The request's own sessions, which stay: Keycloak's (the `sid` of its tokens) and the app's cookie.
export type CurrentSession = { userId: string; keycloakSid?: string; appSessionId?: string };

// Sessions end unless the new list only adds countries (or lifts the restriction). Saving the same
// list again ends them again: that is how a change whose session ending failed is repeated.
export function shouldEndSessions(before: readonly string[] | null, after: readonly string[] | null): boolean {
  if (after === null) return false;
  if (before === null) return true;
  const isWidening = before.every((country) => after.includes(country)) && after.length > before.length;
  return !isWidening;
}

// Every user is tried even when one fails; then a failure is reported (503: the list is saved,
// sending it again ends the rest).
export async function endOtherSessions(
  enders: SessionEnders,
  userIds: readonly string[],
  current: CurrentSession,
): Promise<number> {
  const queue = [...new Set(userIds)];
  const counts: number[] = [];
  let failures = 0;
  const worker = async () => {
    for (let userId = queue.shift(); userId !== undefined; userId = queue.shift()) {
      try {
        counts.push(
          userId === current.userId ? await endOthersOfCaller(enders, current) : await endAllOf(enders, userId),
        );
      } catch {
        failures += 1;
      }
    }
  };
  // A few at a time: a school's role can have hundreds of members, Keycloak serves logins meanwhile.
  await Promise.all(Array.from({ length: 4 }, worker));
  if (failures > 0) throw sessionsNotEnded(`${failures} account(s) could not be logged out everywhere`);
  return counts.reduce((sum, n) => sum + n, 0);
}

// Every session of the school's members with the role (the caller's current one excepted).
export async function endSessionsOfSchoolRole(
  enders: SessionEnders,
  schoolSlug: string,
  role: string,
  current: CurrentSession,
): Promise<number> {
  let members: string[];
  try {
    members = await enders.keycloak.listOrganizationMembersWithRealmRole(schoolSlug, role);
  } catch {
    throw sessionsNotEnded('the accounts could not be logged out');
  }
  return members.length > 0 ? endOtherSessions(enders, members, current) : 0;
}

const sessionsNotEnded = (what: string) =>
  new AppError(503, 'sessions_not_ended', `The list was saved, but ${what}. Please save the list again.`, true);

async function endAllOf({ keycloak, sessions }: SessionEnders, userId: string): Promise<number> {
  const keycloakSessions = await keycloak.listUserSessionIds(userId);
  await keycloak.logoutUser(userId);
  const appSessions = await sessions.destroyByUser(userId);
  return Math.max(keycloakSessions.length, appSessions);
}

async function endOthersOfCaller({ keycloak, sessions }: SessionEnders, current: CurrentSession): Promise<number> {
  const others = (await keycloak.listUserSessionIds(current.userId)).filter((id) => id !== current.keycloakSid);
  for (const id of others) await keycloak.endSession(id);
  const appSessions = await sessions.destroyOtherSessionsOfUser(current.userId, current.appSessionId);
  return Math.max(others.length, appSessions);
}
