// account_activity: the clock of the inactivity rule. An account's clock runs from the latest of
// its creation, its last login to the app and its last restore from the bin; it goes into the bin
// when its school's period (schools.inactivity_months, null: never) has passed since then — but
// never sooner than a month after the school last changed the period, so the school admin always
// sees an account coming a month ahead (GET /api/school/inactive-accounts).
import { Prisma, type PrismaClient } from '../generated/prisma/client';
import type { Tx } from '../lib/db';

export type AccountKind = 'pupil' | 'teacher';

// The login callback (through the platform role: a login has no school context yet). One
// statement, one round trip: no transaction around it on the login path.
export async function recordLogin(
  platform: PrismaClient,
  user: { userId: string; schoolId: string; kind: AccountKind },
) {
  await platform.$executeRaw`
    INSERT INTO account_activity (user_id, school_id, kind, last_login_at)
    VALUES (${user.userId}, ${user.schoolId}::uuid, ${user.kind}, now())
    ON CONFLICT (user_id) DO UPDATE
      SET last_login_at = excluded.last_login_at, school_id = excluded.school_id, kind = excluded.kind`;
}

// Accounts staff just made (in the transaction that records them): their clock starts now.
export async function recordAccountsCreated(tx: Tx, schoolId: string, userIds: string[], kind: AccountKind) {
  await tx.accountActivity.createMany({
    data: userIds.map((userId) => ({ userId, schoolId, kind })),
    skipDuplicates: true,
  });
}

// Back from the bin: the clock starts again, or the account would go back at the next run.
export async function recordRestored(tx: Tx, userIds: string[]) {
  await tx.accountActivity.updateMany({ where: { userId: { in: userIds } }, data: { restoredAt: new Date() } });
}

export type InactiveAccount = {
  userId: string;
  schoolId: string;
  kind: AccountKind;
  // From the class list (pupils in a class); null for staff and school SSO pupils without a class.
  username: string | null;
  lastLoginAt: Date | null;
  goesAt: Date;
};

const GOES_AT = Prisma.sql`greatest(
    greatest(a.created_at, a.last_login_at, a.restored_at) + make_interval(months => s.inactivity_months),
    s.inactivity_changed_at + interval '1 month')`;

// Accounts that go into the bin by `until`: the school's own (inside `inSchool`) or every school's
// (the platform role). Left out: accounts already in the bin, frozen ones (GDPR Art. 18: their data
// must stay) and pupils of a class in the bin (they go with their class).
export function findInactiveAccounts(
  db: PrismaClient | Tx,
  options: { until: Date; userId?: string; excluding?: string[]; limit?: number },
): Promise<InactiveAccount[]> {
  const { until, userId = null, excluding = [], limit = 500 } = options;
  return db.$queryRaw<InactiveAccount[]>`
    SELECT a.user_id AS "userId", a.school_id AS "schoolId", a.kind, a.last_login_at AS "lastLoginAt",
      ${GOES_AT} AS "goesAt",
      (SELECT min(cp.username) FROM class_pupils cp WHERE cp.pupil_id = a.user_id) AS username
    FROM account_activity a JOIN schools s ON s.id = a.school_id
    WHERE s.inactivity_months IS NOT NULL
      AND ${GOES_AT} <= ${until}::timestamptz
      AND (${userId}::text IS NULL OR a.user_id = ${userId}::text)
      AND NOT (a.user_id = ANY(${excluding}::text[]))
      AND NOT EXISTS (SELECT 1 FROM binned_accounts b WHERE b.user_id = a.user_id)
      AND NOT EXISTS (SELECT 1 FROM frozen_accounts f WHERE f.user_id = a.user_id)
      AND NOT EXISTS (
        SELECT 1 FROM class_pupils cp JOIN classes c ON c.id = cp.class_id
        WHERE cp.pupil_id = a.user_id AND c.deleted_at IS NOT NULL)
    ORDER BY "goesAt", a.user_id
    LIMIT ${limit}`;
}
