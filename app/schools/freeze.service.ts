// Restriction of processing (GDPR Art. 18): a school admin freezes an account of the school — a
// pupil's or a staff member's — when someone contests their data or objects and the school must
// keep it without using it. While frozen the account cannot log in (disabled in Keycloak, every
// session ended), is left out of research exports, and keeps all its data; lifting the freeze
// enables it again (unless it waits in the restore bin). The row and its audit row commit first;
// Keycloak follows and is repeated by sending the same request again (both calls are idempotent).
import type { SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import { inSchool, type Tx } from '../lib/db';
import { AppError } from '../lib/errors';
import { lockOut } from '../sessions';
import { deleteFrozenAccount, findFrozenAccounts, findFrozenAt, insertFrozenAccount } from './freeze.repo';
import { findVisibleSchools } from './schools.repo';
import type { StaffBin, StaffDeps } from './staff.service';

// Any account of the school: a member of its Keycloak organization (pupils, SSO pupils, staff).
async function requireAccountOfSchool({ db, keycloak }: StaffDeps, admin: SchoolCaller, userId: string) {
  const [school] = await inSchool(db, admin.schoolId, findVisibleSchools);
  const orgId = school && (await keycloak.findOrganizationId(school.slug));
  const user = orgId && (await keycloak.isOrganizationMember(orgId, userId)) && (await keycloak.getUser(userId));
  if (!user) throw AppError.notFound('No such account in this school');
  return user.username;
}

const auditAct = (tx: Tx, admin: SchoolCaller, action: string, userId: string) =>
  recordAudit(tx, { schoolId: admin.schoolId, actorId: admin.userId, action, targetType: 'user', targetId: userId });

export async function freezeAccount(deps: StaffDeps, admin: SchoolCaller, userId: string) {
  if (userId === admin.userId)
    throw new AppError(409, 'own_account', 'You cannot freeze your own account; ask another school admin');
  const username = await requireAccountOfSchool(deps, admin, userId);
  const frozenAt = await inSchool(deps.db, admin.schoolId, async (tx) => {
    const isNew = await insertFrozenAccount(tx, { userId, schoolId: admin.schoolId, frozenBy: admin.userId });
    if (isNew) await auditAct(tx, admin, 'account.frozen', userId);
    return (await findFrozenAt(tx, userId))!;
  });
  await lockOut(deps, [userId]);
  return { id: userId, username, frozenAt };
}

export async function liftFreeze(deps: StaffDeps, admin: SchoolCaller, userId: string, bin: StaffBin) {
  const wasFrozen = await inSchool(deps.db, admin.schoolId, async (tx) => {
    const isLifted = await deleteFrozenAccount(tx, userId);
    if (isLifted) await auditAct(tx, admin, 'account.unfrozen', userId);
    return isLifted;
  });
  if (!wasFrozen) throw AppError.notFound('This account is not frozen');
  const isInBin = (await bin.binnedUserIds(admin.schoolId)).has(userId);
  if (!isInBin) await deps.keycloak.setUserEnabled(userId, true);
  return { id: userId, isFrozen: false, isInBin };
}

export async function listFrozenAccounts(deps: StaffDeps, admin: SchoolCaller) {
  const rows = await inSchool(deps.db, admin.schoolId, findFrozenAccounts);
  const accounts = [];
  for (const row of rows) {
    const user = await deps.keycloak.getUser(row.userId);
    accounts.push({ id: row.userId, username: user?.username ?? null, frozenAt: row.frozenAt });
  }
  return accounts;
}
