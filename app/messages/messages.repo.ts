import type { Tx } from '../lib/db';

export type MessageKind = 'login_blocked' | 'new_country';
export type MessageParams = { country: string | null; at: string };

export async function insertMessage(
  tx: Tx,
  message: { userId: string; schoolId: string | null; kind: MessageKind; params: MessageParams },
): Promise<void> {
  await tx.userMessage.create({ data: message, select: { id: true } });
}

// Filtered by user explicitly: row-level security narrows to the school, this to the user.
export function listMessages(tx: Tx, userId: string, limit = 100) {
  return tx.userMessage.findMany({
    where: { userId },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, kind: true, params: true, createdAt: true, readAt: true },
  });
}

export async function markMessageRead(tx: Tx, userId: string, id: string): Promise<boolean> {
  const updated = await tx.userMessage.updateMany({
    where: { id, userId, readAt: null },
    data: { readAt: new Date() },
  });
  if (updated.count === 1) return true;
  return (await tx.userMessage.count({ where: { id, userId } })) === 1;
}

export function countUnread(tx: Tx, userId: string): Promise<number> {
  return tx.userMessage.count({ where: { userId, readAt: null } });
}
