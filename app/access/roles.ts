// The platform's roles, as Keycloak's realm roles name them. Anything else in a token is ignored.
export const ROLES = ['pupil', 'teacher', 'school-admin', 'researcher', 'platform-admin'] as const;
export type Role = (typeof ROLES)[number];

// Who an endpoint admits: the roles listed, or any signed-in caller, said explicitly.
export const ANY_SIGNED_IN = 'any-signed-in' as const;
// Anyone, signed in or not: only what the platform tells everybody (the privacy notice).
export const PUBLIC = 'public' as const;
export type Allowed = readonly Role[] | typeof ANY_SIGNED_IN | typeof PUBLIC;

export function knownRoles(claim: unknown): Role[] {
  if (!Array.isArray(claim)) return [];
  return ROLES.filter((role) => claim.includes(role));
}

// Roles whose accounts belong to no school (researchers, platform admins). Anyone holding another
// role must be a member of a school to use the platform.
export const ROLES_WITHOUT_SCHOOL: readonly Role[] = ['researcher', 'platform-admin'];

export function needsSchool(roles: readonly Role[]): boolean {
  return roles.some((role) => !ROLES_WITHOUT_SCHOOL.includes(role));
}

// Where a signed-in user's web app is: the first page one of their roles opens.
const HOME_PAGES: readonly { path: string; roles: readonly Role[] }[] = [
  { path: '/lernen', roles: ['pupil'] },
  { path: '/unterricht', roles: ['teacher'] },
  { path: '/schule', roles: ['school-admin'] },
  { path: '/forschung', roles: ['researcher', 'platform-admin'] },
];
export const WEB_APP_PATHS = HOME_PAGES.map((page) => page.path);

export function homePageOf(roles: readonly Role[]): string | null {
  return HOME_PAGES.find((page) => page.roles.some((role) => roles.includes(role)))?.path ?? null;
}
