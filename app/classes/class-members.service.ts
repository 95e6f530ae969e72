// Who can join a class, picked by name: the school's teachers not yet teaching it (co-teachers), and
// the school's pupils who are in no class yet — typically pupils who came through the school's own
// identity provider (SSO), whose accounts exist in Keycloak but who belong to no class until a
// teacher adds them. Both come from Keycloak's organization of the school, by role.
import { requireClassAccess, type SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import type { KeycloakAdmin } from '../keycloak';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findVisibleSchools } from '../schools';
import { insertPupils, teacherIdsOfClass, unavailableUserIds } from './classes.repo';

async function schoolSlugOfClass(db: PrismaClient, staff: SchoolCaller, classId: string) {
  return inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    const [school] = await findVisibleSchools(tx);
    if (!school) throw AppError.notFound('School not found');
    return {
      slug: school.slug,
      teacherIds: await teacherIdsOfClass(tx, classId),
      unavailable: await unavailableUserIds(tx),
    };
  });
}

export async function classCandidates(db: PrismaClient, keycloak: KeycloakAdmin, staff: SchoolCaller, classId: string) {
  const { slug, teacherIds, unavailable } = await schoolSlugOfClass(db, staff, classId);
  const [teachers, pupils] = await Promise.all([
    keycloak.listSchoolMembersWithRole(slug, 'teacher'),
    keycloak.listSchoolMembersWithRole(slug, 'pupil'),
  ]);
  return {
    teachers: teachers.filter((teacher) => !teacherIds.includes(teacher.id) && !unavailable.has(teacher.id)),
    pupils: pupils.filter((pupil) => !unavailable.has(pupil.id)),
  };
}

// The school's pupils in no class (typically from the school's SSO, before a teacher adds them), for
// the school admin: they exist only in Keycloak, so nowhere else would show them.
export async function pupilsWithoutClass(db: PrismaClient, keycloak: KeycloakAdmin, staff: SchoolCaller) {
  const { slug, unavailable } = await inSchool(db, staff.schoolId, async (tx) => {
    const [school] = await findVisibleSchools(tx);
    if (!school) throw AppError.notFound('School not found');
    return { slug: school.slug, unavailable: await unavailableUserIds(tx) };
  });
  const pupils = await keycloak.listSchoolMembersWithRole(slug, 'pupil');
  return pupils
    .filter((pupil) => !unavailable.has(pupil.id))
    .map(({ id, username }) => ({ id, username }))
    .sort((a, b) => a.username.localeCompare(b.username));
}

// Adds existing pupil accounts of the school (checked in Keycloak: member of the school's
// organization, role pupil) to the class, under their Keycloak username.
export async function addSchoolPupils(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  staff: SchoolCaller,
  classId: string,
  pupilIds: string[],
) {
  const { slug } = await schoolSlugOfClass(db, staff, classId);
  const schoolPupils = new Map(
    (await keycloak.listSchoolMembersWithRole(slug, 'pupil')).map((p) => [p.id, p.username]),
  );
  const unknown = pupilIds.filter((id) => !schoolPupils.has(id));
  if (unknown.length > 0) throw AppError.badRequest('Only pupils of this school can join its classes');
  const added = pupilIds.map((pupilId) => ({ pupilId, username: schoolPupils.get(pupilId)! }));
  await inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    // Only pupils in no class yet: a pupil of another teacher's class is not theirs to take (their
    // history, login cards and objection would follow). One already in this class stays as is.
    const elsewhere = await unavailableUserIds(tx, classId);
    if (added.some((pupil) => elsewhere.has(pupil.pupilId)))
      throw new AppError(409, 'in_another_class', 'A pupil named is in another class; their teacher can add them');
    await insertPupils(tx, classId, staff.schoolId, added);
    await recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: 'class.school_pupils_added',
      targetType: 'class',
      targetId: classId,
      details: { pupils: added.length },
    });
  });
  return added;
}
