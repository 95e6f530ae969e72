// Pupils locked out by Keycloak's brute-force detection. Pupils' usernames are easy to guess, so a
// classmate can keep a pupil locked with a few wrong passwords now and then; the pupil's teachers
// and the school's admins see who is locked and end the lockout. Keycloak keeps the state (nothing
// is stored here); its record of the failing address never leaves the Keycloak client.
import { requireClassAccess, requirePupilAccess, type SchoolCaller } from '../access';
import type { KeycloakAdmin } from '../keycloak';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { findPupils } from './classes.repo';

// Keycloak is asked a few accounts at a time, not a whole class at once.
const STATUS_BATCH = 10;

export async function listLockedPupils(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
) {
  const pupils = await inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    return findPupils(tx, classId);
  });
  const locked = [];
  for (let at = 0; at < pupils.length; at += STATUS_BATCH) {
    const batch = pupils.slice(at, at + STATUS_BATCH);
    const statuses = await Promise.all(batch.map((pupil) => keycloak.bruteForceStatus(pupil.pupilId)));
    for (const [i, { isLocked, ...status }] of statuses.entries())
      if (isLocked) locked.push({ ...batch[i]!, ...status });
  }
  return locked;
}

// The audit row is written first and committed only once Keycloak has cleared the lockout: a
// failed call rolls it back, so no row claims an unlock that did not happen.
export async function unlockPupil(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
  pupilId: string,
): Promise<void> {
  await inSchool(
    db,
    staff.schoolId,
    async (tx) => {
      await requirePupilAccess(tx, staff, classId, pupilId);
      await recordAudit(tx, {
        schoolId: staff.schoolId,
        actorId: staff.userId,
        action: 'class.pupil_unlocked',
        targetType: 'class',
        targetId: classId,
        details: { pupil: pupilId },
      });
      await keycloak.clearBruteForce(pupilId);
    },
    { timeoutMs: 15_000 },
  ); // longer than the Keycloak call's own 10 s, so that its error is the one seen
}
