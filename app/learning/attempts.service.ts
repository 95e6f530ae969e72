// Serving a task opens an attempt (server start time); submitting closes it once (server end time,
// duration, result, how the answer was read). A repeated submit returns the first result and writes
// nothing; a submit after the attempt expired is refused. Nothing about the solution leaves the
// server before the submit.
import type { SchoolCaller } from '../access';
import { randomInt } from 'node:crypto';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import type { Pool } from 'pg';
import { findAssignmentOfPupil } from './assignments.repo';
import { closeAttempt, insertAttempt, readAttempt } from './attempt-groups.repo';
import { countUnreadableTry, type StoredAttempt } from './attempt-rows.repo';
import type { ServedAttempts } from './served-attempts';
import { findTemplate, generateTask, TEMPLATES } from './tasks/catalog';
import { canonicalAnswer, checkAnswer } from './tasks/check-answer';
import { explainResult } from './tasks/feedback';
import type { TaskContent, TopicId } from './tasks/task-types';

// An attempt stays open 30 minutes: longer than any task, short enough that a tablet left on the
// desk overnight does not record a 14-hour duration. (Documented for researchers in the README.)
export const ATTEMPT_TTL_MS = 30 * 60_000;

// What the pupil sees: the question, for choice and ordering tasks the options, the unit the
// question asks for (it stands in the question already: "? cm"), for the keypad, and the picture
// (its schema is the allowlist the response passes through). Never the answer.
export function publicTask(task: TaskContent) {
  const { answer } = task;
  return {
    prompt: task.prompt,
    kind: answer.kind,
    ...(answer.kind === 'number' && answer.unit ? { unit: answer.unit } : {}),
    ...(answer.kind === 'choice' ? { options: answer.options } : {}),
    ...(answer.kind === 'order' ? { items: answer.items } : {}),
    ...(task.representation ? { representation: task.representation } : {}),
  };
}

export async function startAttempt(
  db: PrismaClient,
  appPool: Pool,
  servedAttempts: ServedAttempts,
  pupil: SchoolCaller,
  request: { topic?: TopicId; templateId?: string; assignmentId?: string },
) {
  // Worked as an assignment: the assignment (of one of the pupil's classes) decides the task.
  const assignment = request.assignmentId
    ? await inSchool(db, pupil.schoolId, (tx) => findAssignmentOfPupil(tx, request.assignmentId!, pupil.userId))
    : null;
  if (request.assignmentId && !assignment) throw AppError.notFound('No such assignment for you');
  const topic = assignment?.topic ?? request.topic;
  const templateId = assignment?.templateId ?? request.templateId;
  const candidates = TEMPLATES.filter((t) => (!topic || t.topic === topic) && (!templateId || t.id === templateId));
  if (candidates.length === 0) throw AppError.notFound('No task template matches');
  const template = candidates[randomInt(candidates.length)]!;
  const seed = randomInt(2 ** 31 - 1);
  const attempt = await insertAttempt(appPool, {
    schoolId: pupil.schoolId,
    pupilId: pupil.userId,
    templateId: template.id,
    templateVersion: template.version,
    seed,
    topic: template.topic,
    difficulty: template.difficulty,
    assignmentId: assignment?.id ?? null,
    ttlMs: ATTEMPT_TTL_MS,
  });
  servedAttempts.remember(attempt.id, {
    pupilId: pupil.userId,
    schoolId: pupil.schoolId,
    templateId: template.id,
    templateVersion: template.version,
    seed,
    expiresAt: attempt.expiresAt.getTime(),
  });
  return {
    attemptId: attempt.id,
    assignmentId: assignment?.id ?? null,
    topic: template.topic,
    templateId: template.id,
    templateVersion: template.version,
    difficulty: template.difficulty,
    startedAt: attempt.startedAt,
    expiresAt: attempt.expiresAt,
    task: publicTask(generateTask(template, seed)),
  };
}

export async function submitAttempt(
  appPool: Pool,
  servedAttempts: ServedAttempts,
  pupil: SchoolCaller,
  attemptId: string,
  input: { answer: string; activeMs?: number },
) {
  const key = { schoolId: pupil.schoolId, pupilId: pupil.userId, attemptId };
  // Served here: graded first, closed in one transaction. Anything else takes the read path.
  const served = servedAttempts.take(attemptId, pupil.userId, pupil.schoolId);
  if (served) {
    const task = taskOf(served.templateId, served.templateVersion, served.seed);
    const outcome = await gradeAndClose(appPool, key, task, input);
    if (outcome === 'unreadable') return unreadableAnswer(attemptId);
    if (outcome) return submitted(attemptId, outcome, task, false);
  }
  let attempt = await readAttempt(appPool, key);
  if (!attempt) throw AppError.notFound('No such attempt');
  const task = taskOf(attempt.templateId, attempt.templateVersion, attempt.seed);
  let isRepeat = true;
  if (!attempt.submittedAt && !attempt.isExpired) {
    const outcome = await gradeAndClose(appPool, key, task, input);
    if (outcome === 'unreadable') return unreadableAnswer(attemptId);
    // Null: a racing submit closed it first (its result stands) or it expired in between.
    isRepeat = outcome === null;
    const current = outcome ?? (await readAttempt(appPool, key));
    if (!current) throw AppError.notFound('No such attempt');
    attempt = current;
  }
  if (!attempt.submittedAt)
    throw new AppError(409, 'attempt_expired', 'This task has expired (30 minutes). Please start a new one.');
  return submitted(attemptId, attempt, task, isRepeat);
}

// The closed attempt; 'unreadable' when the answer could not be read (the attempt stays open, the
// try is counted, the pupil tries again); null when the attempt was no longer open (closed by a
// racing submit, or expired).
async function gradeAndClose(
  appPool: Pool,
  key: Parameters<typeof closeAttempt>[1],
  task: TaskContent,
  input: { answer: string; activeMs?: number },
): Promise<StoredAttempt | 'unreadable' | null> {
  const checked = checkAnswer(task.answer, input.answer);
  if (checked.result === 'unreadable') return (await countUnreadableTry(appPool, key)) ? 'unreadable' : null;
  return closeAttempt(appPool, key, {
    result: checked.result,
    normalizedAnswer: checked.readAs,
    activeMs: input.activeMs ?? null,
  });
}

// Nothing about the solution: the attempt is still open.
function unreadableAnswer(attemptId: string) {
  return {
    attemptId,
    result: 'unreadable' as const,
    readAs: null,
    unitHint: null,
    solution: null,
    feedback: null,
    hint: null,
    durationMs: null,
    activeMs: null,
    isRepeat: false,
  };
}

// A unit other than the one asked (e.g. "20 m" where cm is asked), read again from the stored
// reading so a repeated submit tells the same.
function unitHintOf(task: TaskContent, readAs: string | null) {
  const hint = readAs === null ? undefined : checkAnswer(task.answer, readAs).unitHint;
  return hint ? { typed: hint.typed, asked: hint.asked } : null;
}

function submitted(attemptId: string, attempt: StoredAttempt, task: TaskContent, isRepeat: boolean) {
  return {
    attemptId,
    result: attempt.result,
    readAs: attempt.normalizedAnswer,
    unitHint: unitHintOf(task, attempt.normalizedAnswer),
    solution: canonicalAnswer(task.answer),
    ...explainResult(task, attempt.result, attempt.normalizedAnswer),
    durationMs: attempt.durationMs,
    activeMs: attempt.activeMs,
    isRepeat,
  };
}

function taskOf(templateId: string, version: number, seed: number): TaskContent {
  const template = findTemplate(templateId, version);
  if (!template) throw new AppError(500, 'internal', 'template missing', false);
  return generateTask(template, seed);
}
