// "2FA for everyone in this school". Teachers and admins always need TOTP (their roles include
// mfa-required); switching this on gives mfa-required to every pupil of the school in Keycloak too,
// so Keycloak's login flow asks them for TOTP (set up on their next login). Idempotent: a retry
// after a failure finishes the job. The school row, its audit row and the Keycloak changes commit
// together or the school row is rolled back.
import type { KeycloakAdmin } from '../auth';
import type { PrismaClient } from '../generated/prisma/client';
import { recordAudit } from '../audit';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findVisibleSchools, updateTwoFactorForAll } from './schools.repo';

export const MFA_ROLE = 'mfa-required';

export async function setTwoFactorForAll(
  app: PrismaClient,
  keycloak: KeycloakAdmin,
  schoolId: string,
  actorId: string,
  isRequired: boolean,
) {
  return inSchool(
    app,
    schoolId,
    async (tx) => {
      const [school] = await findVisibleSchools(tx);
      if (!school) throw AppError.notFound('School not found');
      const updated = await updateTwoFactorForAll(tx, schoolId, isRequired);
      const pupils = await schoolMembersWithRole(keycloak, school.slug, 'pupil');
      for (const userId of pupils) {
        if (isRequired) await keycloak.assignRealmRoles(userId, [MFA_ROLE]);
        else await keycloak.removeRealmRoles(userId, [MFA_ROLE]);
      }
      await recordAudit(tx, {
        schoolId,
        actorId,
        action: isRequired ? 'school.2fa_for_all.enabled' : 'school.2fa_for_all.disabled',
        targetType: 'school',
        targetId: schoolId,
        details: { pupils: pupils.length },
      });
      return updated;
    },
    { timeoutMs: 120_000 },
  );
}

// The Keycloak ids of the school's members (its organization) that hold the realm role.
export async function schoolMembersWithRole(
  keycloak: KeycloakAdmin,
  schoolSlug: string,
  role: string,
): Promise<string[]> {
  const orgId = await keycloak.findOrganizationId(schoolSlug);
  if (!orgId) return [];
  const [members, holders] = await Promise.all([
    keycloak.listOrganizationMemberIds(orgId),
    keycloak.listUserIdsWithRealmRole(role),
  ]);
  const memberIds = new Set(members);
  return holders.filter((id) => memberIds.has(id));
}
