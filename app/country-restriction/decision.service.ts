// The decision Keycloak asks for on every login: look the country up, apply the rules, record the
// attempt (address truncated), and leave the user a system message when a login was blocked, or
// when it came from a country they had not logged in from before (they had logged in elsewhere
// before: a first-ever login is no news). One transaction, through the platform role: Keycloak
// asks before any school context exists.
import type { PrismaClient } from '../generated/prisma/client';
import { insertMessage } from '../messages';
import { findSchoolBySlug } from '../schools';
import { insertAttempt, findRoleLists, findUserList, markCountrySeen } from './country-restriction.repo';
import type { TLoginDecisionRequest } from './country-restriction.schemas';
import { countryName } from './countries';
import { decideCountry } from './decision';
import { lookupCountry } from './geo';
import { addressKind, normalizeAddress, truncateAddress } from './ip-address';

export async function decideLogin(platform: PrismaClient, request: TLoginDecisionRequest, now = new Date()) {
  const ip = normalizeAddress(request.ipAddress);
  const kind = addressKind(ip);
  const country = kind === 'public' ? lookupCountry(ip) : null;
  return platform.$transaction(async (tx) => {
    const school = request.schools.length === 1 ? await findSchoolBySlug(tx, request.schools[0]!) : null;
    const decision = decideCountry(
      {
        userList: await findUserList(tx, request.userId),
        roleLists: school ? await findRoleLists(tx, school.id) : new Map(),
        isPrivateAddressAllowed: school?.isPrivateAddressLoginAllowed ?? true,
        isUnknownCountryAllowed: school?.isUnknownCountryLoginAllowed ?? false,
      },
      { country, addressKind: kind, roles: request.roles },
    );
    const schoolId = school?.id ?? null;
    await insertAttempt(tx, {
      schoolId,
      userId: request.userId,
      country,
      isAllowed: decision.isAllowed,
      reason: decision.reason,
      ipTruncated: truncateAddress(ip),
      clientId: request.clientId ?? null,
    });
    const params = { country, at: now.toISOString() };
    if (!decision.isAllowed) {
      await insertMessage(tx, { userId: request.userId, schoolId, kind: 'login_blocked', params });
    } else if (country) {
      const seen = await markCountrySeen(tx, request.userId, country);
      if (seen.isNew && seen.hadHistory) await insertMessage(tx, { userId: request.userId, schoolId, kind: 'new_country', params });
    }
    return { ...decision, country, countryName: countryName(country, request.locale ?? 'de') };
  });
}
