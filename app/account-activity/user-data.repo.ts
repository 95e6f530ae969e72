import type { UserData } from '../privacy';

// When the account was made (or first seen), last logged in to the app, and came back from the bin.
export const ACCOUNT_ACTIVITY_USER_DATA: UserData<{
  accountActivity: { createdAt: Date; lastLoginAt: Date | null; restoredAt: Date | null } | null;
}> = {
  columns: ['account_activity.user_id'],
  read: async ({ tx }, { userId, schoolId }) => {
    if (!schoolId) return { accountActivity: null };
    const accountActivity = await tx.accountActivity.findUnique({
      where: { userId },
      select: { createdAt: true, lastLoginAt: true, restoredAt: true },
    });
    return { accountActivity };
  },
};
