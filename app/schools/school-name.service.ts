// A school admin renames the school (GDPR Art. 16): the platform's record and the school's Keycloak
// organization, whose name Keycloak's login pages show, change together or not at all.
import type { SchoolCaller } from '../access';
import type { PrismaClient } from '../generated/prisma/client';
import { KeycloakAdminError, type KeycloakAdmin } from '../keycloak';
import { AppError } from '../lib/errors';
import { mySchool, renameSchool } from './schools.service';

export async function renameOwnSchool(db: PrismaClient, keycloak: KeycloakAdmin, admin: SchoolCaller, name: string) {
  const school = await mySchool(db, admin.schoolId);
  if (!school) throw AppError.notFound('School not found');
  const orgId = await keycloak.findOrganizationId(school.slug);
  if (!orgId) throw new AppError(409, 'school_not_in_keycloak', 'This school has no organization in Keycloak yet');
  return renameSchool(db, admin.schoolId, admin.userId, name, async (newName) => {
    try {
      await keycloak.renameOrganization(orgId, newName);
    } catch (err) {
      // Keycloak keeps organization names unique across the platform.
      if (err instanceof KeycloakAdminError && err.status === 409)
        throw new AppError(
          409,
          'school_name_taken',
          'Another school already has this name; add the place, e.g. "Grundschule am Park, Musterstadt"',
        );
      throw err;
    }
  });
}
