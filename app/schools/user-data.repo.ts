import type { UserData } from '../privacy';

// Whether the account's processing is restricted (GDPR Art. 18) and since when; not who froze it
// (frozen_by): that is the school admin's act.
export const SCHOOLS_USER_DATA: UserData<{ accountFrozen: { frozenAt: Date } | null }> = {
  columns: ['frozen_accounts.user_id'],
  read: async ({ tx }, { userId, schoolId }) => {
    if (!schoolId) return { accountFrozen: null };
    const row = await tx.frozenAccount.findUnique({ where: { userId }, select: { frozenAt: true } });
    return { accountFrozen: row };
  },
};
