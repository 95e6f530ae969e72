// The school's inactivity rule as its admins see it: the period after which unused accounts go
// into the restore bin (default 12 months, 3 to 60, or never), and the accounts that go within the
// next month, so an admin can tell their owners to log in. The job itself: app/classes.
import { findInactiveAccounts } from '../account-activity';
import type { SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findInactivitySetting, updateInactivitySetting } from './inactivity.repo';
import type { StaffDeps } from './staff.service';

const view = (row: { inactivityMonths: number | null; inactivityChangedAt: Date }) => ({
  months: row.inactivityMonths,
  changedAt: row.inactivityChangedAt,
});

export async function readInactivity(db: PrismaClient, schoolId: string) {
  const row = await inSchool(db, schoolId, (tx) => findInactivitySetting(tx, schoolId));
  if (!row) throw AppError.notFound('School not found');
  return view(row);
}

// The same period again changes nothing (and does not restart the month of notice).
export async function setInactivity(db: PrismaClient, admin: SchoolCaller, months: number | null) {
  return inSchool(db, admin.schoolId, async (tx) => {
    const current = await findInactivitySetting(tx, admin.schoolId);
    if (!current) throw AppError.notFound('School not found');
    if (current.inactivityMonths === months) return view(current);
    const saved = await updateInactivitySetting(tx, admin.schoolId, months);
    await recordAudit(tx, {
      schoolId: admin.schoolId,
      actorId: admin.userId,
      action: 'school.inactivity_set',
      targetType: 'school',
      targetId: admin.schoolId,
      details: { months: months ?? 'never' },
    });
    return view(saved);
  });
}

export function oneMonthAfter(date: Date): Date {
  const later = new Date(date);
  later.setMonth(later.getMonth() + 1);
  return later;
}

// Accounts going into the bin within a month from `now` (those already due go at the next hourly run).
export async function upcomingInactive({ db, keycloak }: StaffDeps, admin: SchoolCaller, now = new Date()) {
  const due = await inSchool(db, admin.schoolId, (tx) =>
    findInactiveAccounts(tx, { until: oneMonthAfter(now), limit: 1000 }),
  );
  const accounts = [];
  for (const account of due) {
    const username = account.username ?? (await keycloak.getUser(account.userId))?.username ?? null;
    const { userId: id, kind, lastLoginAt, goesAt } = account;
    accounts.push({ id, username, kind, lastLoginAt, goesAt });
  }
  return accounts;
}
