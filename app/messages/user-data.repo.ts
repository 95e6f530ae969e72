import type { UserData } from '../privacy';
import type { MessageParams } from './messages.repo';

export const MESSAGES_USER_DATA: UserData<{
  messages: { kind: string; country: string | null; at: string | null; createdAt: Date; readAt: Date | null }[];
}> = {
  columns: ['user_messages.user_id'],
  read: async ({ tx }, { userId }) => {
    const rows = await tx.userMessage.findMany({
      where: { userId },
      orderBy: { createdAt: 'asc' },
      select: { kind: true, params: true, createdAt: true, readAt: true },
    });
    return {
      messages: rows.map(({ params, ...message }) => {
        const { country, at } = (params ?? {}) as Partial<MessageParams>;
        return { ...message, country: country ?? null, at: at ?? null };
      }),
    };
  },
};
