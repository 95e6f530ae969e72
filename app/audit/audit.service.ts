// The school's audit log as its admins read it: every administrative act, filterable by time,
// actor and kind; the actor shown by username, never more (no names, no e-mail addresses).
import type { PrismaClient } from '../generated/prisma/client';
import type { KeycloakAdmin } from '../keycloak';
import { inSchool } from '../lib/db';
import { findAuditEntries } from './audit.repo';

export async function schoolAuditLog(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  schoolId: string,
  query: { from?: Date; to?: Date; actor?: string; kind?: string; limit: number },
) {
  const actorId = query.actor ? await keycloak.findUserId(query.actor) : undefined;
  if (query.actor && !actorId) return [];
  const entries = await inSchool(db, schoolId, (tx) =>
    findAuditEntries(tx, { from: query.from, to: query.to, actorId, actionPrefix: query.kind, limit: query.limit }),
  );
  const actorIds = [...new Set(entries.flatMap((entry) => (entry.actorId ? [entry.actorId] : [])))];
  const usernames = new Map(
    await Promise.all(actorIds.map(async (id) => [id, (await keycloak.getUser(id))?.username ?? null] as const)),
  );
  return entries.map(({ actorId: id, createdAt, ...entry }) => ({
    ...entry,
    at: createdAt,
    actor: id ? (usernames.get(id) ?? null) : null,
  }));
}
