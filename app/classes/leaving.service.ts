// A teacher deletes their own account (GDPR Art. 17, EduU's "Konto löschen"), deciding for each
// class they teach: it stays with its co-teachers, goes to another teacher of the school, or goes
// into the restore bin (only a class nobody else teaches). Every decision, the bin entries and the
// audit rows commit in one transaction; then the class's pupils (of binned classes, when in no other
// live class) and the teacher are disabled in Keycloak with their sessions ended. The teacher's
// account waits in the bin like any deleted account: a school admin can restore it.
import { isSchoolAdmin, requireClassAccess, type SchoolCaller } from '../access';
import { recordAudit } from '../audit';
import type { KeycloakAdmin } from '../keycloak';
import { inSchool, type Tx } from '../lib/db';
import { AppError } from '../lib/errors';
import { findVisibleSchools } from '../schools';
import { lockOut } from '../sessions';
import { purgeAtOf, type BinDeps } from './bin.service';
import { binnedUserIds, insertBinnedAccount, removeTeaching } from './bin.repo';
import { addTeacher, findClasses, pupilIdsInLiveClasses, teacherIdsOfClass } from './classes.repo';
import { markClassDeleted } from './deletion.repo';

export type Handover = { classId: string; to: string };
export const TO_BIN = 'bin';

type Person = { id: string; username: string };

async function schoolTeachers(keycloak: KeycloakAdmin, slug: string, exceptId: string, binned: Set<string>) {
  const teachers = await keycloak.listSchoolMembersWithRole(slug, 'teacher');
  return teachers
    .filter((t) => t.id !== exceptId && !binned.has(t.id))
    .map(({ id, username }) => ({ id, username }))
    .sort((a, b) => a.username.localeCompare(b.username));
}

// What the teacher decides on: their classes with the co-teachers who keep them, and the school's
// other teachers a class can go to.
export async function leavingPlan(deps: BinDeps, teacher: SchoolCaller) {
  const { slug, taught, binned } = await inSchool(deps.db, teacher.schoolId, async (tx) => {
    const [school] = await findVisibleSchools(tx);
    if (!school) throw AppError.notFound('School not found');
    const classes = await findClasses(tx, teacher.userId);
    const withTeachers = [];
    for (const c of classes) withTeachers.push({ ...c, teacherIds: await teacherIdsOfClass(tx, c.id) });
    return { slug: school.slug, taught: withTeachers, binned: await binnedUserIds(tx) };
  });
  const teachers = await schoolTeachers(deps.keycloak, slug, teacher.userId, binned);
  const nameOf = new Map(teachers.map((t) => [t.id, t.username]));
  return {
    classes: taught.map((c) => ({
      id: c.id,
      name: c.name,
      schoolYear: c.schoolYear,
      pupils: c._count.pupils,
      coTeachers: c.teacherIds
        .filter((id) => id !== teacher.userId && nameOf.has(id))
        .map((id): Person => ({ id, username: nameOf.get(id)! })),
    })),
    teachers,
  };
}

type Plan = Awaited<ReturnType<typeof leavingPlan>>;

// Every class nobody else teaches needs a decision; a decision names a class the teacher teaches
// and a teacher of the school, or the bin for a class without co-teachers.
function checkHandovers(plan: Plan, handovers: Handover[]) {
  const classes = new Map(plan.classes.map((c) => [c.id, c]));
  const teacherIds = new Set(plan.teachers.map((t) => t.id));
  for (const handover of handovers) {
    const schoolClass = classes.get(handover.classId);
    if (!schoolClass) throw AppError.badRequest(`You do not teach class ${handover.classId}`);
    if (handover.to === TO_BIN && schoolClass.coTeachers.length > 0)
      throw new AppError(
        409,
        'class_has_co_teachers',
        `Class ${schoolClass.name} stays with its co-teachers; it can go into the bin only when nobody else teaches it`,
      );
    if (handover.to !== TO_BIN && !teacherIds.has(handover.to))
      throw AppError.badRequest(`Class ${schoolClass.name} can go only to a teacher of this school`);
  }
  const decided = new Set(handovers.map((h) => h.classId));
  const open = plan.classes.filter((c) => c.coTeachers.length === 0 && !decided.has(c.id));
  if (open.length > 0)
    throw AppError.badRequest(
      `Decide for every class nobody else teaches (another teacher or the bin): ${open.map((c) => c.name).join(', ')}`,
    );
}

async function carryOut(tx: Tx, teacher: SchoolCaller, username: string, handovers: Handover[]) {
  const audit = (action: string, targetType: string, targetId: string, details = {}) =>
    recordAudit(tx, { schoolId: teacher.schoolId, actorId: teacher.userId, action, targetType, targetId, details });
  const pupilsOfBinned: string[] = [];
  for (const { classId, to } of handovers) {
    await requireClassAccess(tx, teacher, classId);
    if (to === TO_BIN) {
      const pupilIds = await markClassDeleted(tx, classId);
      if (pupilIds === null) throw AppError.notFound('Class not found');
      pupilsOfBinned.push(...pupilIds);
      await audit('class.deleted', 'class', classId, { pupils: pupilIds.length });
    } else {
      if (!(await teacherIdsOfClass(tx, classId)).includes(to)) await addTeacher(tx, classId, teacher.schoolId, to);
      await audit('class.handed_over', 'class', classId, { teacher: to });
    }
  }
  const classIds = await removeTeaching(tx, teacher.userId);
  const isNew = await insertBinnedAccount(tx, {
    userId: teacher.userId,
    schoolId: teacher.schoolId,
    kind: 'teacher',
    username,
    reason: 'deleted',
    binnedBy: teacher.userId,
    classIds,
  });
  if (!isNew) throw new AppError(409, 'already_in_bin', 'This account is already in the bin');
  await audit('staff.left', 'user', teacher.userId, { classes: classIds.length });
  // A pupil who is in another live class keeps their account.
  const elsewhere = await pupilIdsInLiveClasses(tx);
  return pupilsOfBinned.filter((id) => !elsewhere.has(id));
}

export async function deleteOwnTeacherAccount(deps: BinDeps, teacher: SchoolCaller, handovers: Handover[]) {
  if (isSchoolAdmin(teacher))
    throw new AppError(
      409,
      'school_admin',
      "A school admin's account is deleted by another school admin (Schule verwalten → Lehrkräfte)",
    );
  const plan = await leavingPlan(deps, teacher);
  checkHandovers(plan, handovers);
  const user = await deps.keycloak.getUser(teacher.userId);
  if (!user) throw AppError.notFound('Account not found');
  const { pupilIds, binnedAt } = await inSchool(deps.db, teacher.schoolId, async (tx) => ({
    pupilIds: await carryOut(tx, teacher, user.username, handovers),
    binnedAt: new Date(),
  }));
  await lockOut(deps, [...pupilIds, teacher.userId]);
  return {
    purgeAt: purgeAtOf(binnedAt, deps.binDays),
    classesHandedOver: handovers.filter((h) => h.to !== TO_BIN).length,
    classesInBin: handovers.filter((h) => h.to === TO_BIN).length,
  };
}
