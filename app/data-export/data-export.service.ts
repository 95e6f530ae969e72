// The data export (GDPR Art. 15/20): the user's own, and a pupil's for the school admin of their
// school (parents ask the school, the controller). Each domain reads its own part (user-data.ts);
// the export is read in the user's school (row-level security), for users of no school through
// the platform role filtered by their id. A school admin's export is audited in its transaction.
import type { Caller, Role, SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import { isPupilOfThisSchool } from '../classes';
import type { KeycloakAdmin } from '../keycloak';
import { inSchool, inSchoolOrPlatform, type Databases, type Tx } from '../lib/db';
import { AppError } from '../lib/errors';
import type { DataSubject } from '../privacy';
import { findVisibleSchools } from '../schools';
import { readUserData } from './user-data';

export type ExportDeps = { dbs: Databases; keycloak: KeycloakAdmin };

async function exportOf(
  deps: ExportDeps,
  tx: Tx,
  subject: DataSubject,
  profile: { username: string | null; roles: readonly Role[] },
) {
  const [school] = subject.schoolId ? await findVisibleSchools(tx) : [];
  return {
    exportedAt: new Date(),
    profile: {
      userId: subject.userId,
      username: profile.username,
      roles: [...profile.roles],
      school: school ? { name: school.name } : null,
    },
    ...(await readUserData({ tx, platform: deps.dbs.platform }, subject)),
  };
}

const usernameOf = async (keycloak: KeycloakAdmin, userId: string) =>
  (await keycloak.getUser(userId))?.username ?? null;

export async function exportMyData(deps: ExportDeps, caller: Caller & { schoolId: string | null }) {
  const subject = { userId: caller.userId, schoolId: caller.schoolId };
  const username = await usernameOf(deps.keycloak, caller.userId);
  return inSchoolOrPlatform(deps.dbs, caller.schoolId, (tx) =>
    exportOf(deps, tx, subject, { username, roles: caller.roles }),
  );
}

// A pupil of the admin's school: in its classes or restore bin, or (SSO pupils in no class yet) a
// member of its Keycloak organization with the pupil role. Anyone else is a 404, as if unknown.
async function isPupilOfSchool(deps: ExportDeps, admin: SchoolCaller, pupilId: string): Promise<boolean> {
  const { isHeld, slug } = await inSchool(deps.dbs.schoolDb, admin.schoolId, async (tx) => ({
    isHeld: await isPupilOfThisSchool(tx, pupilId),
    slug: (await findVisibleSchools(tx))[0]?.slug,
  }));
  if (isHeld) return true;
  const orgId = slug ? await deps.keycloak.findOrganizationId(slug) : undefined;
  if (!orgId || !(await deps.keycloak.isOrganizationMember(orgId, pupilId))) return false;
  return deps.keycloak.hasRealmRole(pupilId, 'pupil');
}

export async function exportPupilData(deps: ExportDeps, admin: SchoolCaller, pupilId: string) {
  if (!(await isPupilOfSchool(deps, admin, pupilId))) throw AppError.notFound('No such pupil in this school');
  const username = await usernameOf(deps.keycloak, pupilId);
  return inSchool(deps.dbs.schoolDb, admin.schoolId, async (tx) => {
    const data = await exportOf(
      deps,
      tx,
      { userId: pupilId, schoolId: admin.schoolId },
      { username, roles: ['pupil'] },
    );
    await recordAudit(tx, {
      schoolId: admin.schoolId,
      actorId: admin.userId,
      action: 'pupil.data_exported',
      targetType: 'pupil',
      targetId: pupilId,
    });
    return data;
  });
}
