// The decision Keycloak asks for on every login (and when tokens go to a public client): look the
// country up, apply the rules, record the attempt (address truncated), and leave the user a system
// message when a login was blocked, or when it came from a country they had not logged in from
// before (a first-ever login is no news).
import type { Pool } from 'pg';
import type { TLoginDecisionRequest } from './internal.schemas';
import { countryName } from './countries';
import { decideCountry } from './decision';
import { loadRules, recordDecision } from './decision.repo';
import { lookupCountry } from './geo';
import { addressKind, normalizeAddress, truncateAddress } from './ip-address';

export async function decideLogin(platformPool: Pool, request: TLoginDecisionRequest, now = new Date()) {
  const ip = normalizeAddress(request.ipAddress);
  const kind = addressKind(ip);
  const country = kind === 'public' ? lookupCountry(ip) : null;
  // Every school of the user (none for researchers): each school's rules for each role apply.
  const rules = await loadRules(platformPool, request.userId, request.schools);
  const decision = decideCountry(
    {
      userList: rules.userList,
      roleLists: rules.roleLists,
      isPrivateAddressAllowed: rules.isPrivateAddressAllowed,
      isUnknownCountryAllowed: rules.isUnknownCountryAllowed,
    },
    { country, addressKind: kind, roles: request.roles },
  );
  // Token-stage checks run on every refresh: only their refusals are news for the attempt log.
  if (request.stage !== 'token' || !decision.isAllowed)
    await recordDecision(platformPool, {
      schoolIds: rules.schoolIds,
      userId: request.userId,
      country,
      isAllowed: decision.isAllowed,
      reason: decision.reason,
      ipTruncated: truncateAddress(ip),
      clientId: request.clientId ?? null,
      at: now,
    });
  return { ...decision, country, countryName: countryName(country, request.locale ?? 'de') };
}
