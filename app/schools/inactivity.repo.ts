import type { Tx } from '../lib/db';

const settingFields = { inactivityMonths: true, inactivityChangedAt: true } as const;

export function findInactivitySetting(tx: Tx, id: string) {
  return tx.school.findUnique({ where: { id }, select: settingFields });
}

export function updateInactivitySetting(tx: Tx, id: string, months: number | null) {
  return tx.school.update({
    where: { id },
    data: { inactivityMonths: months, inactivityChangedAt: new Date() },
    select: settingFields,
  });
}
