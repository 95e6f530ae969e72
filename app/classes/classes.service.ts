// Classes and their pupil accounts. A teacher creates a class of their school and adds pupils under
// pseudonymous usernames; each pupil is created in Keycloak (in the school's organization, role
// pupil, 2FA if the school requires it for everyone) with a one-time password that Keycloak makes
// them change at the first login. The passwords are shown to the teacher once (for the login
// cards) and never stored by the app.
import { recordAccountsCreated } from '../account-activity';
import { isSchoolAdmin, requireClassAccess, type SchoolCaller } from '../access';
import { KeycloakAdminError, MFA_ROLE, TERMS_ACTION, type KeycloakAdmin } from '../keycloak';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findVisibleSchools } from '../schools';
import { addTeacher, findClasses, findPupils, insertClass, insertPupils, unavailableUserIds } from './classes.repo';
import { classTopicProgress, pupilHistory, pupilTopicGrid } from './progress.repo';
import { oneTimePassword } from '../lib/crypto';
import { pseudonym } from './pupil-credentials';

export function createClass(
  db: PrismaClient,
  staff: SchoolCaller,
  input: { name: string; grade: number; schoolYear: string },
) {
  return inSchool(db, staff.schoolId, async (tx) => {
    const created = await insertClass(tx, { ...input, schoolId: staff.schoolId, teacherId: staff.userId });
    await recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: 'class.created',
      targetType: 'class',
      targetId: created.id,
    });
    return created;
  });
}

export function listClasses(db: PrismaClient, staff: SchoolCaller) {
  return inSchool(db, staff.schoolId, (tx) => findClasses(tx, isSchoolAdmin(staff) ? null : staff.userId));
}

// The class (checked in the caller's transaction) and its school, for work that goes to Keycloak.
async function classOfSchool(db: PrismaClient, staff: SchoolCaller, classId: string) {
  return inSchool(db, staff.schoolId, async (tx) => {
    const schoolClass = await requireClassAccess(tx, staff, classId);
    const [school] = await findVisibleSchools(tx);
    if (!school) throw AppError.notFound('School not found');
    return { school, schoolClass };
  });
}

export async function listPupils(db: PrismaClient, staff: SchoolCaller, classId: string) {
  return inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    return findPupils(tx, classId);
  });
}

async function createPupilAccount(
  keycloak: KeycloakAdmin,
  username: string,
  password: string,
  roles: string[],
  orgId: string,
  requiredActions: string[],
): Promise<string> {
  const userId = await keycloak.createUser({ username, password, isTemporaryPassword: true, requiredActions });
  try {
    await keycloak.assignRealmRoles(userId, roles);
    await keycloak.addOrganizationMember(orgId, userId);
    return userId;
  } catch (err) {
    await keycloak.deleteUser(userId).catch(() => {});
    throw err;
  }
}

export async function addPupils(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
  request: { usernames?: string[]; count?: number },
) {
  const { school } = await classOfSchool(db, staff, classId);
  const orgId = await keycloak.findOrganizationId(school.slug);
  if (!orgId) throw new AppError(409, 'school_not_in_keycloak', 'This school has no organization in Keycloak yet');
  const roles = school.isTwoFactorRequiredForAll ? ['pupil', MFA_ROLE] : ['pupil'];
  // The own password first; the school's terms of use too where it asks for them.
  const requiredActions = ['UPDATE_PASSWORD', ...(school.isTermsAcceptanceRequired ? [TERMS_ACTION] : [])];
  const created: { pupilId: string; username: string; oneTimePassword: string }[] = [];
  try {
    for (const wanted of request.usernames ?? Array.from({ length: request.count! }, () => null)) {
      for (let attempt = 0; ; attempt++) {
        const username = wanted ?? pseudonym();
        const password = oneTimePassword();
        try {
          created.push({
            pupilId: await createPupilAccount(keycloak, username, password, roles, orgId, requiredActions),
            username,
            oneTimePassword: password,
          });
          break;
        } catch (err) {
          const isTaken = err instanceof KeycloakAdminError && err.status === 409;
          if (isTaken && wanted)
            throw new AppError(409, 'username_taken', `The username "${wanted}" is taken; choose another`);
          if (!isTaken || attempt >= 5) throw err;
        }
      }
    }
    await inSchool(db, staff.schoolId, async (tx) => {
      await requireClassAccess(tx, staff, classId);
      await insertPupils(tx, classId, staff.schoolId, created);
      await recordAccountsCreated(
        tx,
        staff.schoolId,
        created.map((pupil) => pupil.pupilId),
        'pupil',
      );
      await recordAudit(tx, {
        schoolId: staff.schoolId,
        actorId: staff.userId,
        action: 'class.pupils_added',
        targetType: 'class',
        targetId: classId,
        details: { pupils: created.length },
      });
    });
  } catch (err) {
    // All or nothing: accounts made before the failure are removed again.
    await Promise.all(created.map((pupil) => keycloak.deleteUser(pupil.pupilId).catch(() => {})));
    throw err;
  }
  return created;
}

export async function classProgress(db: PrismaClient, staff: SchoolCaller, classId: string) {
  return inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    return classTopicProgress(tx, classId);
  });
}

export async function pupilProgress(db: PrismaClient, staff: SchoolCaller, classId: string, pupilId: string) {
  const history = await inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    return pupilHistory(tx, classId, pupilId);
  });
  if (!history) throw AppError.notFound('No such pupil in this class');
  return history;
}

// New one-time passwords for the class's pupils (all, or the ones named), e.g. to print fresh login
// cards; Keycloak again makes each pupil choose their own at the next login.
export async function resetPupilPasswords(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
  pupilIds?: string[],
) {
  const { schoolClass, pupils } = await inSchool(db, staff.schoolId, async (tx) => ({
    schoolClass: await requireClassAccess(tx, staff, classId),
    pupils: await findPupils(tx, classId),
  }));
  const chosen = pupilIds ? pupils.filter((pupil) => pupilIds.includes(pupil.pupilId)) : pupils;
  if (pupilIds && chosen.length !== pupilIds.length) throw AppError.notFound('Not every pupil named is in this class');
  const cards = [];
  for (const pupil of chosen) {
    const password = oneTimePassword();
    await keycloak.resetPassword(pupil.pupilId, password, true);
    cards.push({ username: pupil.username, oneTimePassword: password });
  }
  await inSchool(db, staff.schoolId, (tx) =>
    recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: 'class.passwords_reset',
      targetType: 'class',
      targetId: classId,
      details: { pupils: cards.length },
    }),
  );
  return { cards, className: schoolClass.name };
}

// A co-teacher must be a teacher of the same school (checked in Keycloak: role and organization).
export async function addCoTeacher(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
  teacherId: string,
) {
  const { school } = await classOfSchool(db, staff, classId);
  const orgId = await keycloak.findOrganizationId(school.slug);
  const isColleague =
    orgId !== undefined &&
    (await keycloak.hasRealmRole(teacherId, 'teacher')) &&
    (await keycloak.isOrganizationMember(orgId, teacherId));
  if (!isColleague) throw AppError.badRequest('Only a teacher of this school can teach this class');
  await inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    if ((await unavailableUserIds(tx)).has(teacherId))
      throw AppError.badRequest('This teacher is in the restore bin; restore them first');
    await addTeacher(tx, classId, staff.schoolId, teacherId);
    await recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: 'class.teacher_added',
      targetType: 'class',
      targetId: classId,
      details: { teacher: teacherId },
    });
  });
}

export async function classOverview(db: PrismaClient, staff: SchoolCaller, classId: string) {
  return inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    return pupilTopicGrid(tx, classId);
  });
}

// Before a class's live stream opens: the same check as every class access.
export async function checkClassAccess(db: PrismaClient, staff: SchoolCaller, classId: string): Promise<void> {
  await inSchool(db, staff.schoolId, (tx) => requireClassAccess(tx, staff, classId));
}
