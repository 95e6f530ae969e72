// The platform's roles, as Keycloak's realm roles name them. Anything else in a token is ignored.
export const ROLES = ['pupil', 'teacher', 'school-admin', 'researcher', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

// Who an endpoint admits: the roles listed, or any signed-in caller, said explicitly.
export const ANY_SIGNED_IN = 'any-signed-in' as const;
export type Allowed = readonly Role[] | typeof ANY_SIGNED_IN;

export function knownRoles(claim: unknown): Role[] {
  if (!Array.isArray(claim)) return [];
  return ROLES.filter((role) => claim.includes(role));
}
