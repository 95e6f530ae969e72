// A user's school: the Keycloak organization they belong to, whose alias is the school's handle.
// Read through the platform role (a login happens before any school context exists); cached
// briefly, because a school's handle never changes and logins come in bursts (a class at 8:00).
import type { PrismaClient } from '../generated/prisma/client';
import { findSchoolBySlug } from '../schools';

const TTL_MS = 60_000;

export type SchoolResolver = (organizationClaim: unknown) => Promise<string | null>;

export function organizationAliases(claim: unknown): string[] {
  if (Array.isArray(claim)) return claim.filter((value): value is string => typeof value === 'string');
  if (claim && typeof claim === 'object') return Object.keys(claim);
  return [];
}

export function createSchoolResolver(platform: PrismaClient): SchoolResolver {
  const cache = new Map<string, { id: string | null; until: number }>();
  return async (claim) => {
    const aliases = organizationAliases(claim);
    // Exactly one school per account: several would make every school-scoped decision ambiguous.
    if (aliases.length !== 1) return null;
    const alias = aliases[0]!;
    const hit = cache.get(alias);
    if (hit && hit.until > Date.now()) return hit.id;
    const school = await findSchoolBySlug(platform, alias);
    cache.set(alias, { id: school?.id ?? null, until: Date.now() + TTL_MS });
    return school?.id ?? null;
  };
}
