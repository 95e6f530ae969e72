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
