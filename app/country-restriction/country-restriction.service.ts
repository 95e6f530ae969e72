// Who sets which list. A user sets their own (refused when it would lock out the country the
// request comes from, unless confirmed); a school admin sets one per role and the school's address
// policy, each with an audit row in the same transaction.
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool, inSchoolOrPlatform, type Databases } from '../lib/db';
import { AppError } from '../lib/errors';
import type { Caller } from '../access';
import {
  findRoleLists,
  findSchoolSlug,
  findUserList,
  listAttempts,
  saveRoleList,
  saveUserList,
  updateLoginAddressPolicy,
} from './country-restriction.repo';
import { lookupCountry } from './geo';
import { addressKind } from './ip-address';
import {
  endOtherSessions,
  endSessionsOfSchoolRole,
  shouldEndSessions,
  type CurrentSession,
  type SessionEnders,
} from './session-ending';

export async function readMyCountries(dbs: Databases, caller: Caller & { schoolId: string | null }) {
  return inSchoolOrPlatform(dbs, caller.schoolId, async (tx) => {
    const roleLists = caller.schoolId ? await findRoleLists(tx, caller.schoolId) : new Map<string, string[]>();
    const schoolLists = Object.fromEntries(
      caller.roles.filter((role) => roleLists.has(role)).map((role) => [role, roleLists.get(role)!]),
    );
    return { countries: await findUserList(tx, caller.userId), schoolLists };
  });
}

// Unless the list only widens, the caller's other sessions end (Keycloak's and the app's); the
// answer says how many.
export async function setMyCountries(
  dbs: Databases,
  enders: SessionEnders,
  caller: Caller & { schoolId: string | null },
  current: CurrentSession,
  change: { countries: string[] | null; requestIp: string; isLockoutConfirmed?: boolean },
) {
  const { countries, requestIp, isLockoutConfirmed = false } = change;
  const here = addressKind(requestIp) === 'public' ? lookupCountry(requestIp) : null;
  if (countries && here && !countries.includes(here) && !isLockoutConfirmed) {
    throw new AppError(
      409,
      'would_lock_out',
      `This request comes from ${here}, which is not in the list: you could not log in from here any more. ` +
        `Add ${here}, or send "isLockoutConfirmed": true to save the list anyway.`,
    );
  }
  const before = await inSchoolOrPlatform(dbs, caller.schoolId, async (tx) => {
    const before = await findUserList(tx, caller.userId);
    await saveUserList(tx, caller.userId, caller.schoolId, countries);
    if (caller.schoolId) {
      await recordAudit(tx, {
        schoolId: caller.schoolId,
        actorId: caller.userId,
        action: 'login_countries.user_set',
        targetType: 'user',
        targetId: caller.userId,
        details: { countries: countries?.join(',') ?? null },
      });
    }
    return before;
  });
  const endedSessions = shouldEndSessions(before, countries)
    ? await endOtherSessions(enders, [caller.userId], current)
    : 0;
  return { ...(await readMyCountries(dbs, caller)), endedSessions };
}

export async function readSchoolRules(db: PrismaClient, schoolId: string) {
  return inSchool(db, schoolId, async (tx) => {
    const school = await tx.school.findUnique({
      where: { id: schoolId },
      select: { isPrivateAddressLoginAllowed: true, isUnknownCountryLoginAllowed: true },
    });
    if (!school) throw AppError.notFound('School not found');
    return { roles: Object.fromEntries(await findRoleLists(tx, schoolId)), ...school };
  });
}

// Unless the list only widens, every session of the school's members with that role ends (the
// admin's own current session excepted); the answer says how many.
export async function setRoleCountries(
  db: PrismaClient,
  enders: SessionEnders,
  schoolId: string,
  current: CurrentSession,
  role: string,
  countries: string[] | null,
) {
  const { before, slug } = await inSchool(db, schoolId, async (tx) => {
    const slug = await findSchoolSlug(tx, schoolId);
    if (!slug) throw AppError.notFound('School not found');
    const before = (await findRoleLists(tx, schoolId)).get(role) ?? null;
    await saveRoleList(tx, schoolId, role, countries);
    await recordAudit(tx, {
      schoolId,
      actorId: current.userId,
      action: 'login_countries.role_set',
      targetType: 'role',
      targetId: role,
      details: { countries: countries?.join(',') ?? null },
    });
    return { before, slug };
  });
  const endedSessions = shouldEndSessions(before, countries)
    ? await endSessionsOfSchoolRole(enders, slug, role, current)
    : 0;
  return { ...(await readSchoolRules(db, schoolId)), endedSessions };
}

export async function setAddressPolicy(
  db: PrismaClient,
  schoolId: string,
  actorId: string,
  policy: { isPrivateAddressLoginAllowed: boolean; isUnknownCountryLoginAllowed: boolean },
) {
  await inSchool(db, schoolId, async (tx) => {
    await updateLoginAddressPolicy(tx, schoolId, policy);
    await recordAudit(tx, {
      schoolId,
      actorId,
      action: 'login_countries.address_policy_set',
      targetType: 'school',
      targetId: schoolId,
      details: policy,
    });
  });
  return readSchoolRules(db, schoolId);
}

export function schoolAttempts(db: PrismaClient, schoolId: string, filter: { isAllowed?: boolean; limit: number }) {
  return inSchool(db, schoolId, (tx) => listAttempts(tx, filter));
}
