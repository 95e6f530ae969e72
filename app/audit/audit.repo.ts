// Audit rows are written with the transaction of the change they record, never on their own, so
// a change without its audit row (or the other way round) cannot be committed.
import type { Tx } from '../lib/db';

export type AuditEntry = {
  schoolId: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId?: string;
  // Ids and counts only, never names or free text.
  details?: Record<string, string | number | boolean | null>;
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      schoolId: entry.schoolId,
      actorId: entry.actorId,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? null,
      details: entry.details ?? {},
    },
    select: { id: true },
  });
}

export async function listAuditEvents(tx: Tx, limit = 100) {
  return tx.auditEvent.findMany({
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: {
      id: true,
      schoolId: true,
      actorId: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      createdAt: true,
    },
  });
}

// One school's audit log (row-level security), newest first, filtered by time, actor and kind.
export function findAuditEntries(
  tx: Tx,
  filter: { from?: Date; to?: Date; actorId?: string; actionPrefix?: string; limit: number },
) {
  return tx.auditEvent.findMany({
    where: {
      createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) },
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.actionPrefix ? { action: { startsWith: filter.actionPrefix } } : {}),
    },
    orderBy: { createdAt: 'desc' },
    take: filter.limit,
    select: { id: true, actorId: true, action: true, targetType: true, targetId: true, details: true, createdAt: true },
  });
}
