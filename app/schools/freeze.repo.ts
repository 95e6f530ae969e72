// frozen_accounts: the accounts whose processing is restricted (GDPR Art. 18). Row-level security
// keeps every read and write to the caller's school.
import type { Tx } from '../lib/db';

// False when the account was frozen already (freezing again changes nothing).
export async function insertFrozenAccount(
  tx: Tx,
  entry: { userId: string; schoolId: string; frozenBy: string },
): Promise<boolean> {
  const { count } = await tx.frozenAccount.createMany({ data: [entry], skipDuplicates: true });
  return count === 1;
}

export async function findFrozenAt(tx: Tx, userId: string): Promise<Date | null> {
  return (await tx.frozenAccount.findUnique({ where: { userId }, select: { frozenAt: true } }))?.frozenAt ?? null;
}

// False when the account was not frozen (or a racing request lifted it first).
export async function deleteFrozenAccount(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.frozenAccount.deleteMany({ where: { userId } })).count === 1;
}

export function findFrozenAccounts(tx: Tx) {
  return tx.frozenAccount.findMany({ orderBy: { frozenAt: 'desc' }, select: { userId: true, frozenAt: true } });
}

export async function isAccountFrozen(tx: Tx, userId: string): Promise<boolean> {
  return (await tx.frozenAccount.count({ where: { userId } })) > 0;
}

export async function frozenUserIds(tx: Tx, userIds: string[]): Promise<Set<string>> {
  const rows = await tx.frozenAccount.findMany({ where: { userId: { in: userIds } }, select: { userId: true } });
  return new Set(rows.map((row) => row.userId));
}
