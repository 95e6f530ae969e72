// "2FA for everyone in this school". Teachers and admins always need TOTP (their roles include
// mfa-required); switching this on gives mfa-required to every pupil of the school in Keycloak too,
// so Keycloak's login flow asks them for TOTP (set up on their next login). Saved, audited and
// followed in Keycloak as every school-wide switch (school-switch.ts).
import type { PrismaClient } from '../generated/prisma/client';
import { MFA_ROLE, type KeycloakAdmin } from '../keycloak';
import type { Tx } from '../lib/db';
import { switchSchoolSetting } from './school-switch';
import { updateTwoFactorForAll } from './schools.repo';

export async function setTwoFactorForAll(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  schoolId: string,
  actorId: string,
  isRequired: boolean,
) {
  const change = {
    schoolId,
    actorId,
    action: isRequired ? 'school.2fa_for_all.enabled' : 'school.2fa_for_all.disabled',
    save: (tx: Tx) => updateTwoFactorForAll(tx, schoolId, isRequired),
  };
  return switchSchoolSetting(db, change, async (school) => {
    const pupils = await keycloak.listOrganizationMembersWithRealmRole(school.slug, 'pupil');
    for (const userId of pupils) {
      if (isRequired) await keycloak.assignRealmRoles(userId, [MFA_ROLE]);
      else await keycloak.removeRealmRoles(userId, [MFA_ROLE]);
    }
  });
}
