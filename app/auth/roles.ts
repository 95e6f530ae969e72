// The platform's roles, as Keycloak's realm roles name them. Anything else in a token is ignored.
export const ROLES = ['pupil', 'teacher', 'school-admin', 'researcher', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

export function knownRoles(claim: unknown): Role[] {
  if (!Array.isArray(claim)) return [];
  return ROLES.filter((role) => claim.includes(role));
}
