import type { UserData } from '../privacy';
import { findTemplate, generateTask } from './tasks/catalog';

// The question is not stored: the same template, version and seed give it again.
function questionOf(templateId: string, version: number, seed: number): string | null {
  const template = findTemplate(templateId, version);
  return template ? generateTask(template, seed).prompt : null;
}

export const LEARNING_USER_DATA: UserData<{
  attempts: {
    topic: string;
    templateId: string;
    difficulty: number;
    question: string | null;
    answer: string | null;
    result: string | null;
    isCorrect: boolean | null;
    unreadableTries: number;
    startedAt: Date;
    submittedAt: Date | null;
    durationMs: number | null;
    activeMs: number | null;
    assignmentId: string | null;
  }[];
  assignments: {
    id: string;
    className: string;
    topic: string;
    templateId: string | null;
    dueAt: Date | null;
    createdAt: Date;
    isCreatedByYou: boolean;
  }[];
}> = {
  columns: ['attempts.pupil_id', 'assignments.created_by'],
  read: async ({ tx }, { userId }) => {
    const attempts = await tx.attempt.findMany({
      where: { pupilId: userId },
      orderBy: { startedAt: 'asc' },
      select: {
        topic: true,
        templateId: true,
        templateVersion: true,
        seed: true,
        difficulty: true,
        normalizedAnswer: true,
        result: true,
        unreadableTries: true,
        startedAt: true,
        submittedAt: true,
        durationMs: true,
        activeMs: true,
        assignmentId: true,
      },
    });
    // Assignments of the classes the user is in or teaches, and the ones they gave; never who else gave them.
    const assignments = await tx.assignment.findMany({
      where: {
        OR: [
          { createdBy: userId },
          { class: { pupils: { some: { pupilId: userId } } } },
          { class: { teachers: { some: { teacherId: userId } } } },
        ],
      },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        topic: true,
        templateId: true,
        dueAt: true,
        createdAt: true,
        createdBy: true,
        class: { select: { name: true } },
      },
    });
    return {
      attempts: attempts.map(({ templateVersion, seed, normalizedAnswer, ...attempt }) => ({
        ...attempt,
        question: questionOf(attempt.templateId, templateVersion, seed),
        answer: normalizedAnswer,
        isCorrect: attempt.result === null ? null : attempt.result === 'correct',
      })),
      assignments: assignments.map(({ createdBy, class: schoolClass, ...assignment }) => ({
        ...assignment,
        className: schoolClass.name,
        isCreatedByYou: createdBy === userId,
      })),
    };
  },
};
