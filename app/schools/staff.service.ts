// Staff accounts of a school, run by its school admins (a school without SSO gets its teachers in
// without the operator's master admin): created in Keycloak as members of the school's
// organization with their role and a one-time password (Keycloak makes them choose their own, and
// set up TOTP — their roles require it — at the first login), listed, given other roles, disabled
// (sessions ended) and enabled again. Only accounts of the school's own organization, only the
// school's staff roles; an admin cannot take their own admin role or disable themselves.
import { recordAccountsCreated } from '../account-activity';
import type { SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { KeycloakAdminError, type KeycloakAdmin } from '../keycloak';
import { oneTimePassword } from '../lib/crypto';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { lockOut, type PostgresSessionStore } from '../sessions';
import { isAccountFrozen } from './freeze.repo';
import { findVisibleSchools } from './schools.repo';
import { termsActionsFor } from './terms.service';

export const STAFF_ROLES = ['teacher', 'school-admin'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type StaffDeps = { db: PrismaClient; keycloak: KeycloakAdmin; sessions: PostgresSessionStore };

async function schoolSlug(db: PrismaClient, schoolId: string): Promise<string> {
  const [school] = await inSchool(db, schoolId, findVisibleSchools);
  if (!school) throw AppError.notFound('School not found');
  return school.slug;
}

async function audit(db: PrismaClient, admin: SchoolCaller, action: string, targetId: string, details = {}) {
  await inSchool(db, admin.schoolId, (tx) =>
    recordAudit(tx, { schoolId: admin.schoolId, actorId: admin.userId, action, targetType: 'user', targetId, details }),
  );
}

// Accounts in the restore bin are left out (the bin lists them).
export async function listStaff({ db, keycloak }: StaffDeps, admin: SchoolCaller, bin: StaffBin) {
  const slug = await schoolSlug(db, admin.schoolId);
  const binned = await bin.binnedUserIds(admin.schoolId);
  const [teachers, admins] = await Promise.all(
    STAFF_ROLES.map((role) => keycloak.listSchoolMembersWithRole(slug, role)),
  );
  const people = new Map<string, { id: string; username: string; roles: StaffRole[]; isEnabled: boolean }>();
  for (const [role, members] of [
    ['teacher', teachers!],
    ['school-admin', admins!],
  ] as const) {
    for (const member of members.filter((m) => !binned.has(m.id))) {
      const person = people.get(member.id) ?? { id: member.id, username: member.username, roles: [], isEnabled: true };
      person.roles.push(role);
      people.set(member.id, person);
    }
  }
  const staff = [...people.values()].sort((a, b) => a.username.localeCompare(b.username));
  for (const person of staff) person.isEnabled = (await keycloak.getUser(person.id))?.enabled !== false;
  return staff;
}

export async function createStaff(
  { db, keycloak }: StaffDeps,
  admin: SchoolCaller,
  input: { username: string; roles: StaffRole[] },
) {
  const slug = await schoolSlug(db, admin.schoolId);
  const orgId = await keycloak.findOrganizationId(slug);
  if (!orgId) throw new AppError(409, 'school_not_in_keycloak', 'This school has no organization in Keycloak yet');
  const password = oneTimePassword(16);
  const requiredActions = ['UPDATE_PASSWORD', ...(await inSchool(db, admin.schoolId, termsActionsFor))];
  let userId: string;
  try {
    userId = await keycloak.createUser({
      username: input.username,
      password,
      isTemporaryPassword: true,
      requiredActions,
    });
  } catch (err) {
    if (err instanceof KeycloakAdminError && err.status === 409)
      throw new AppError(409, 'username_taken', `The username "${input.username}" is taken; choose another`);
    throw err;
  }
  try {
    await keycloak.assignRealmRoles(userId, input.roles);
    await keycloak.addOrganizationMember(orgId, userId);
  } catch (err) {
    await keycloak.deleteUser(userId).catch(() => {});
    throw err;
  }
  await inSchool(db, admin.schoolId, async (tx) => {
    await recordAccountsCreated(tx, admin.schoolId, [userId], 'teacher');
    await recordAudit(tx, {
      schoolId: admin.schoolId,
      actorId: admin.userId,
      action: 'staff.created',
      targetType: 'user',
      targetId: userId,
      details: { roles: input.roles.join(',') },
    });
  });
  return { id: userId, username: input.username, roles: input.roles, oneTimePassword: password };
}

// Into the restore bin (app/classes, handed in by the app as `binAccount`): an admin cannot delete
// their own account here.
export type StaffBin = {
  binAccount: (admin: SchoolCaller, userId: string, username: string) => Promise<{ purgeAt: Date }>;
  binnedUserIds: (schoolId: string) => Promise<Set<string>>;
};

export async function deleteStaff(deps: StaffDeps, admin: SchoolCaller, userId: string, { binAccount }: StaffBin) {
  await requireStaffOfSchool(deps, admin, userId);
  if (userId === admin.userId)
    throw new AppError(409, 'own_account', 'You cannot delete your own account here; ask another school admin');
  const user = await deps.keycloak.getUser(userId);
  if (!user) throw AppError.notFound('No such staff member');
  return binAccount(admin, userId, user.username);
}

async function requireStaffOfSchool({ db, keycloak }: StaffDeps, admin: SchoolCaller, userId: string) {
  const slug = await schoolSlug(db, admin.schoolId);
  const orgId = await keycloak.findOrganizationId(slug);
  if (!orgId || !(await keycloak.isOrganizationMember(orgId, userId))) throw AppError.notFound('No such staff member');
  const holds = await Promise.all(STAFF_ROLES.map((role) => keycloak.hasRealmRole(userId, role)));
  if (!holds.some(Boolean)) throw AppError.notFound('No such staff member');
  return STAFF_ROLES.filter((_, index) => holds[index]);
}

export async function setStaffRoles(deps: StaffDeps, admin: SchoolCaller, userId: string, wantedRoles: StaffRole[]) {
  const current = await requireStaffOfSchool(deps, admin, userId);
  if (userId === admin.userId && !wantedRoles.includes('school-admin'))
    throw new AppError(409, 'own_admin_role', 'You cannot take your own school-admin role; ask another school admin');
  const added = wantedRoles.filter((role) => !current.includes(role));
  const removed = current.filter((role) => !wantedRoles.includes(role));
  if (added.length > 0) await deps.keycloak.assignRealmRoles(userId, added);
  if (removed.length > 0) {
    await deps.keycloak.removeRealmRoles(userId, removed);
    // Tokens and sessions still carry the old roles: they end.
    await deps.keycloak.logoutUserIfExists(userId);
    await deps.sessions.destroyByUser(userId);
  }
  await audit(deps.db, admin, 'staff.roles_set', userId, { roles: wantedRoles.join(',') });
  return { id: userId, roles: wantedRoles };
}

export async function setStaffEnabled(deps: StaffDeps, admin: SchoolCaller, userId: string, isEnabled: boolean) {
  await requireStaffOfSchool(deps, admin, userId);
  if (userId === admin.userId && !isEnabled)
    throw new AppError(409, 'own_account', 'You cannot disable your own account; ask another school admin');
  if (isEnabled && (await inSchool(deps.db, admin.schoolId, (tx) => isAccountFrozen(tx, userId))))
    throw new AppError(409, 'account_frozen', 'This account is frozen (GDPR Art. 18): lift the freeze first');
  if (isEnabled) await deps.keycloak.setUserEnabled(userId, true);
  else await lockOut(deps, [userId]);
  await audit(deps.db, admin, isEnabled ? 'staff.enabled' : 'staff.disabled', userId);
  return { id: userId, isEnabled };
}
