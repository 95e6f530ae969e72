// "2FA for everyone in this school". Teachers and admins always need TOTP (their roles include
// mfa-required); switching this on gives mfa-required to every pupil of the school in Keycloak too,
// so Keycloak's login flow asks them for TOTP (set up on their next login). The setting and its
// audit row commit first; then Keycloak is brought in line, outside the database transaction and
// idempotently: should Keycloak fail, the answer says so (503) and saving the setting again
// finishes the job.
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { MFA_ROLE, type KeycloakAdmin } from '../keycloak';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findVisibleSchools, updateTwoFactorForAll } from './schools.repo';

export async function setTwoFactorForAll(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  schoolId: string,
  actorId: string,
  isRequired: boolean,
) {
  const updated = await inSchool(db, schoolId, async (tx) => {
    const [school] = await findVisibleSchools(tx);
    if (!school) throw AppError.notFound('School not found');
    const saved = await updateTwoFactorForAll(tx, schoolId, isRequired);
    await recordAudit(tx, {
      schoolId,
      actorId,
      action: isRequired ? 'school.2fa_for_all.enabled' : 'school.2fa_for_all.disabled',
      targetType: 'school',
      targetId: schoolId,
    });
    return saved;
  });
  try {
    const pupils = await keycloak.listOrganizationMembersWithRealmRole(updated.slug, 'pupil');
    for (const userId of pupils) {
      if (isRequired) await keycloak.assignRealmRoles(userId, [MFA_ROLE]);
      else await keycloak.removeRealmRoles(userId, [MFA_ROLE]);
    }
  } catch {
    throw new AppError(
      503,
      'keycloak_not_synced',
      "The setting was saved, but not every pupil's account could be updated yet. Please save it again.",
    );
  }
  return updated;
}
