import type { UserData } from '../privacy';

// When each open session ends; its id and sealed content are of no use to anybody outside.
export const SESSIONS_USER_DATA: UserData<{ sessions: { expiresAt: Date }[] }> = {
  columns: ['app_sessions.user_id'],
  read: async ({ tx }, { userId }) => ({
    sessions: await tx.appSession.findMany({
      where: { userId },
      orderBy: { expiresAt: 'asc' },
      select: { expiresAt: true },
    }),
  }),
};
