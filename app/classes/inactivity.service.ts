// Inactivity (as Moodle does it: a year after the last login): the hourly job puts every account
// whose school's inactivity period has passed into the restore bin with reason 'inactive' — the
// same way staff delete one (out of its classes or its teaching, disabled in Keycloak, sessions
// ended), audited with no actor. The bin's own retention purges it later unless a school admin
// restores it. Idempotent and in batches: an account in the bin is never due again. Never binned:
// the school's last school admin (nobody could restore anything), frozen accounts (their data must
// stay), pupils of a class in the bin (they go with the class).
import { findInactiveAccounts, type InactiveAccount } from '../account-activity';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { findVisibleSchools } from '../schools';
import { binnedUserIds } from './bin.repo';
import { lockOut } from '../sessions';
import { moveIntoBin, type BinDeps } from './bin.service';

const BATCH = 500;

type InactivityDeps = BinDeps & { platform: PrismaClient };

async function isLastSchoolAdmin(deps: BinDeps, account: InactiveAccount): Promise<boolean> {
  if (account.kind !== 'teacher' || !(await deps.keycloak.hasRealmRole(account.userId, 'school-admin'))) return false;
  const [school] = await inSchool(deps.db, account.schoolId, findVisibleSchools);
  if (!school) return true;
  const admins = await deps.keycloak.listSchoolMembersWithRole(school.slug, 'school-admin');
  const binned = await inSchool(deps.db, account.schoolId, binnedUserIds);
  return !admins.some((admin) => admin.id !== account.userId && !binned.has(admin.id));
}

// True when the account went into the bin; false when it was kept (see above) or logged in meanwhile.
async function binInactive(deps: BinDeps, account: InactiveAccount, now: Date): Promise<boolean> {
  const user = await deps.keycloak.getUser(account.userId);
  if (!user || (await isLastSchoolAdmin(deps, account))) return false;
  const isBinned = await inSchool(deps.db, account.schoolId, async (tx) => {
    // Still due in this transaction: a login a moment ago keeps the account.
    const [stillDue] = await findInactiveAccounts(tx, { until: now, userId: account.userId, limit: 1 });
    if (!stillDue) return false;
    const { userId, schoolId, kind } = account;
    const username = account.username ?? user.username;
    return moveIntoBin(tx, { userId, schoolId, kind, username, reason: 'inactive', binnedBy: null });
  });
  if (isBinned) await lockOut(deps, [account.userId]);
  return isBinned;
}

// Every school's accounts due by `now`.
export async function binInactiveAccounts(deps: InactivityDeps, options: { now?: Date } = {}) {
  const now = options.now ?? new Date();
  const kept: string[] = [];
  let binned = 0;
  for (;;) {
    const due = await findInactiveAccounts(deps.platform, { until: now, excluding: kept, limit: BATCH });
    for (const account of due) {
      if (await binInactive(deps, account, now)) binned++;
      else kept.push(account.userId);
    }
    if (due.length < BATCH) break;
  }
  return { binned, kept: kept.length };
}
