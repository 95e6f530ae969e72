import type { PrismaClient } from '../generated/prisma/client';
import { recordAudit } from '../audit';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findSchoolBySlug, findVisibleSchools, insertSchool, updateSchoolName } from './schools.repo';
import { ZCreateSchool, ZSchoolNewName, type TCreateSchool } from './schools.schemas';

// Platform work: schools are created through the platform role, with their first audit row.
export async function createSchool(platform: PrismaClient, input: TCreateSchool, actorId: string | null) {
  const { slug, name } = ZCreateSchool.parse(input);
  if (await findSchoolBySlug(platform, slug))
    throw new AppError(409, 'conflict', `A school with the handle "${slug}" exists`);
  return platform.$transaction(async (tx) => {
    const school = await insertSchool(tx, { slug, name });
    await recordAudit(tx, {
      schoolId: school.id,
      actorId,
      action: 'school.created',
      targetType: 'school',
      targetId: school.id,
    });
    return school;
  });
}

// Idempotent variant for seeding: returns the existing school of that handle.
export async function ensureSchool(platform: PrismaClient, input: TCreateSchool) {
  return (await findSchoolBySlug(platform, input.slug)) ?? createSchool(platform, input, null);
}

// School work: runs in the school's own context, the audit row in the same transaction.
// `alsoRename` (e.g. the Keycloak organization) runs before the commit: when it fails, nothing is renamed.
export async function renameSchool(
  db: PrismaClient,
  schoolId: string,
  actorId: string,
  newName: string,
  alsoRename?: (name: string) => Promise<void>,
) {
  const name = ZSchoolNewName.parse(newName);
  return inSchool(
    db,
    schoolId,
    async (tx) => {
      const school = await updateSchoolName(tx, schoolId, name);
      await recordAudit(tx, { schoolId, actorId, action: 'school.renamed', targetType: 'school', targetId: schoolId });
      await alsoRename?.(name);
      return school;
    },
    { timeoutMs: 25_000 }, // room for Keycloak's two calls of at most 10 s each
  );
}

// The caller's school as row-level security shows it (undefined: no such school any more).
export async function mySchool(db: PrismaClient, schoolId: string) {
  const [school] = await inSchool(db, schoolId, findVisibleSchools);
  return school;
}
