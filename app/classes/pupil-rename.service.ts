// GDPR Art. 16 (rectification): a teacher corrects a pupil's username, e.g. a pseudonym that turned
// out to give the child away. Keycloak holds the login name; the class lists keep a copy for the
// teachers' pages and the login cards, and the restore bin one for its list: all change together.
// Accounts from a school's own SSO keep theirs: the school's system owns the name and would write
// it back at the next login.
import { requirePupilAccess, type SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { KeycloakAdminError, type KeycloakAdmin } from '../keycloak';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findPupilOfClass, renamePupilCopies } from './classes.repo';

export async function renamePupil(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
  pupilId: string,
  username: string,
): Promise<{ pupilId: string; username: string }> {
  await inSchool(db, staff.schoolId, (tx) => requirePupilAccess(tx, staff, classId, pupilId));
  if ((await keycloak.listFederatedIdentityAliases(pupilId)).length > 0)
    throw new AppError(
      409,
      'username_owned_by_school_system',
      "This pupil logs in through the school's own system, which owns the username: change it there",
    );
  let previous: string | undefined;
  try {
    // The copies and the audit row are written first and committed only once Keycloak has renamed
    // the account: a refused name (taken) rolls them back.
    await inSchool(
      db,
      staff.schoolId,
      async (tx) => {
        await requirePupilAccess(tx, staff, classId, pupilId);
        const current = (await findPupilOfClass(tx, classId, pupilId))!.username;
        if (current === username) return;
        await renamePupilCopies(tx, pupilId, username);
        await recordAudit(tx, {
          schoolId: staff.schoolId,
          actorId: staff.userId,
          action: 'class.pupil_renamed',
          targetType: 'class',
          targetId: classId,
          details: { pupil: pupilId },
        });
        await renameInKeycloak(keycloak, pupilId, username);
        previous = current;
      },
      { timeoutMs: 15_000 }, // longer than the Keycloak call's own 10 s, so that its error is the one seen
    );
  } catch (err) {
    // Renamed in Keycloak, but the commit failed: the old name goes back, so both still agree.
    if (previous !== undefined) await keycloak.renameUser(pupilId, previous).catch(() => {});
    throw err;
  }
  return { pupilId, username };
}

async function renameInKeycloak(keycloak: KeycloakAdmin, pupilId: string, username: string): Promise<void> {
  try {
    await keycloak.renameUser(pupilId, username);
  } catch (err) {
    if (err instanceof KeycloakAdminError && err.status === 409)
      throw new AppError(409, 'username_taken', `The username "${username}" is taken; choose another`);
    throw err;
  }
}
