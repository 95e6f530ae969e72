import type { PrismaClient } from '../generated/prisma/client';
import type { Tx } from '../lib/db';

type Db = PrismaClient | Tx;

export async function findUserList(db: Db, userId: string): Promise<string[] | null> {
  const row = await db.userLoginCountries.findUnique({ where: { userId }, select: { countries: true } });
  return row ? row.countries : null;
}

export async function saveUserList(
  tx: Tx,
  userId: string,
  schoolId: string | null,
  countries: string[] | null,
): Promise<void> {
  if (countries === null) {
    await tx.userLoginCountries.deleteMany({ where: { userId } });
    return;
  }
  await tx.userLoginCountries.upsert({
    where: { userId },
    create: { userId, schoolId, countries },
    update: { countries },
    select: { userId: true },
  });
}

export async function findRoleLists(db: Db, schoolId: string): Promise<Map<string, string[]>> {
  const rows = await db.schoolRoleLoginCountries.findMany({
    where: { schoolId },
    select: { role: true, countries: true },
  });
  return new Map(rows.map((row) => [row.role, row.countries]));
}

export async function saveRoleList(tx: Tx, schoolId: string, role: string, countries: string[] | null): Promise<void> {
  if (countries === null) {
    await tx.schoolRoleLoginCountries.deleteMany({ where: { schoolId, role } });
    return;
  }
  await tx.schoolRoleLoginCountries.upsert({
    where: { schoolId_role: { schoolId, role } },
    create: { schoolId, role, countries },
    update: { countries },
    select: { role: true },
  });
}

export function listAttempts(tx: Tx, filter: { isAllowed?: boolean; limit: number }) {
  return tx.loginAttempt.findMany({
    where: filter.isAllowed === undefined ? {} : { isAllowed: filter.isAllowed },
    orderBy: { occurredAt: 'desc' },
    take: filter.limit,
    select: {
      id: true,
      userId: true,
      occurredAt: true,
      country: true,
      isAllowed: true,
      reason: true,
      ipTruncated: true,
    },
  });
}

export async function findSchoolSlug(tx: Tx, schoolId: string): Promise<string | undefined> {
  return (await tx.school.findUnique({ where: { id: schoolId }, select: { slug: true } }))?.slug;
}

export async function updateLoginAddressPolicy(
  tx: Tx,
  schoolId: string,
  policy: { isPrivateAddressLoginAllowed: boolean; isUnknownCountryLoginAllowed: boolean },
): Promise<void> {
  await tx.school.update({ where: { id: schoolId }, data: policy, select: { id: true } });
}
