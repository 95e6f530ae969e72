import type { Tx } from '../lib/db';

export function insertAssignment(
  tx: Tx,
  data: {
    schoolId: string;
    classId: string;
    topic: string;
    templateId: string | null;
    dueAt: Date | null;
    createdBy: string;
  },
) {
  return tx.assignment.create({
    data,
    select: { id: true, classId: true, topic: true, templateId: true, dueAt: true, createdAt: true },
  });
}

// The pupil's open assignments (classes not deleted, not past due), with the pupil's progress.
export async function findOpenAssignments(tx: Tx, pupilId: string) {
  const assignments = await tx.assignment.findMany({
    where: {
      class: { deletedAt: null, pupils: { some: { pupilId } } },
      OR: [{ dueAt: null }, { dueAt: { gt: new Date() } }],
    },
    orderBy: [{ dueAt: 'asc' }, { createdAt: 'asc' }],
    select: { id: true, topic: true, templateId: true, dueAt: true, class: { select: { name: true } } },
  });
  const counts = await tx.attempt.groupBy({
    by: ['assignmentId', 'result'],
    where: { pupilId, assignmentId: { in: assignments.map((a) => a.id) }, submittedAt: { not: null } },
    _count: { _all: true },
  });
  return assignments.map(({ class: schoolClass, ...assignment }) => {
    const mine = counts.filter((c) => c.assignmentId === assignment.id);
    return {
      ...assignment,
      className: schoolClass.name,
      attempts: mine.reduce((sum, c) => sum + c._count._all, 0),
      correct: mine.filter((c) => c.result === 'correct').reduce((sum, c) => sum + c._count._all, 0),
    };
  });
}

export function findAssignmentOfPupil(tx: Tx, assignmentId: string, pupilId: string) {
  return tx.assignment.findFirst({
    where: { id: assignmentId, class: { deletedAt: null, pupils: { some: { pupilId } } } },
    select: { id: true, topic: true, templateId: true, dueAt: true },
  });
}

// A class's assignments, newest first, with each pupil's attempts and correct answers on them.
export async function assignmentsWithProgress(tx: Tx, classId: string) {
  const assignments = await tx.assignment.findMany({
    where: { classId },
    orderBy: { createdAt: 'desc' },
    select: { id: true, topic: true, templateId: true, dueAt: true, createdAt: true },
  });
  const pupils = await tx.classPupil.findMany({
    where: { classId },
    orderBy: { username: 'asc' },
    select: { pupilId: true, username: true },
  });
  const counts = await tx.attempt.groupBy({
    by: ['assignmentId', 'pupilId', 'result'],
    where: { assignmentId: { in: assignments.map((a) => a.id) }, submittedAt: { not: null } },
    _count: { _all: true },
  });
  return assignments.map((assignment) => ({
    ...assignment,
    pupils: pupils.map(({ pupilId, username }) => {
      const mine = counts.filter((c) => c.assignmentId === assignment.id && c.pupilId === pupilId);
      return {
        pupilId,
        username,
        attempts: mine.reduce((sum, c) => sum + c._count._all, 0),
        correct: mine.filter((c) => c.result === 'correct').reduce((sum, c) => sum + c._count._all, 0),
      };
    }),
  }));
}
