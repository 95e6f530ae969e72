// A school-wide switch that Keycloak must follow ("2FA for everyone", terms of use at login). The
// setting and its audit row commit first; then Keycloak is brought in line, outside the database
// transaction and idempotently: should Keycloak fail, the answer says so (503) and saving the
// setting again finishes the job.
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool, type Tx } from '../lib/db';
import { AppError } from '../lib/errors';
import { findVisibleSchools } from './schools.repo';

export async function switchSchoolSetting<School extends { slug: string }>(
  db: PrismaClient,
  change: { schoolId: string; actorId: string; action: string; save: (tx: Tx) => Promise<School> },
  followInKeycloak: (school: School) => Promise<void>,
): Promise<School> {
  const { schoolId, actorId, action } = change;
  const saved = await inSchool(db, schoolId, async (tx) => {
    const [school] = await findVisibleSchools(tx);
    if (!school) throw AppError.notFound('School not found');
    const updated = await change.save(tx);
    await recordAudit(tx, { schoolId, actorId, action, targetType: 'school', targetId: schoolId });
    return updated;
  });
  try {
    await followInKeycloak(saved);
  } catch {
    throw new AppError(
      503,
      'keycloak_not_synced',
      'The setting was saved, but not every account could be updated yet. Please save it again.',
    );
  }
  return saved;
}
