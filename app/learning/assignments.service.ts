// A teacher assigns a topic (or one template) to a class, optionally with a due date; pupils see
// their open assignments with their progress, and work them through POST /api/attempts.
import { recordAudit } from '../audit';
import { requireClassAccess, type SchoolCaller } from '../access';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { assignmentsWithProgress, findOpenAssignments, insertAssignment } from './assignments.repo';
import { TEMPLATES } from './tasks/catalog';

export async function assignToClass(
  db: PrismaClient,
  staff: SchoolCaller,
  classId: string,
  input: { topic?: string; templateId?: string; dueAt?: Date },
) {
  const template = input.templateId ? TEMPLATES.find((t) => t.id === input.templateId) : undefined;
  if (input.templateId && !template) throw AppError.badRequest(`No task template "${input.templateId}"`);
  const topic = template?.topic ?? input.topic!;
  if (input.dueAt && input.dueAt.getTime() <= Date.now()) throw AppError.badRequest('dueAt must be in the future');
  return inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    const assignment = await insertAssignment(tx, {
      schoolId: staff.schoolId,
      classId,
      topic,
      templateId: template?.id ?? null,
      dueAt: input.dueAt ?? null,
      createdBy: staff.userId,
    });
    await recordAudit(tx, {
      schoolId: staff.schoolId,
      actorId: staff.userId,
      action: 'assignment.created',
      targetType: 'class',
      targetId: classId,
      details: { assignment: assignment.id },
    });
    return assignment;
  });
}

export function openAssignments(db: PrismaClient, pupil: SchoolCaller) {
  return inSchool(db, pupil.schoolId, (tx) => findOpenAssignments(tx, pupil.userId));
}

export function classAssignments(db: PrismaClient, staff: SchoolCaller, classId: string) {
  return inSchool(db, staff.schoolId, async (tx) => {
    await requireClassAccess(tx, staff, classId);
    return assignmentsWithProgress(tx, classId);
  });
}
