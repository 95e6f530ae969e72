// The rule, as a pure function. A login must pass every list that applies to the user: their own
// list and the school's list for each of their roles (so a user can narrow, never widen, what the
// school set). No list at all: no restriction. When lists apply, addresses without a country are
// decided by the school's settings: private/loopback allowed by default, public addresses of
// unknown country refused by default.
import type { AddressKind } from './ip-address';

export type CountryRules = {
  userList: readonly string[] | null;
  roleLists: ReadonlyMap<string, readonly string[]>;
  isPrivateAddressAllowed: boolean;
  isUnknownCountryAllowed: boolean;
};

export type LoginContext = { country: string | null; addressKind: AddressKind; roles: readonly string[] };

export type Decision = { isAllowed: boolean; reason: string };

export function decideCountry(rules: CountryRules, login: LoginContext): Decision {
  const lists: { name: string; countries: readonly string[] }[] = [];
  if (rules.userList) lists.push({ name: 'user', countries: rules.userList });
  for (const role of login.roles) {
    const countries = rules.roleLists.get(role);
    if (countries) lists.push({ name: `role:${role}`, countries });
  }
  if (lists.length === 0) return { isAllowed: true, reason: 'no-restriction' };

  if (login.addressKind !== 'public') {
    return rules.isPrivateAddressAllowed
      ? { isAllowed: true, reason: `${login.addressKind}-address` }
      : { isAllowed: false, reason: `${login.addressKind}-address-refused` };
  }
  if (!login.country) {
    return rules.isUnknownCountryAllowed
      ? { isAllowed: true, reason: 'unknown-country-allowed' }
      : { isAllowed: false, reason: 'unknown-country' };
  }
  const failed = lists.find((list) => !list.countries.includes(login.country!));
  return failed
    ? { isAllowed: false, reason: `not-in-${failed.name}-list` }
    : { isAllowed: true, reason: 'country-allowed' };
}
