import type { Tx } from '../lib/db';

const attemptFields = {
  id: true,
  pupilId: true,
  templateId: true,
  templateVersion: true,
  seed: true,
  topic: true,
  difficulty: true,
  startedAt: true,
  expiresAt: true,
  submittedAt: true,
  durationMs: true,
  activeMs: true,
  result: true,
  normalizedAnswer: true,
} as const;

export function insertAttempt(
  tx: Tx,
  data: {
    schoolId: string;
    pupilId: string;
    templateId: string;
    templateVersion: number;
    seed: number;
    topic: string;
    difficulty: number;
    assignmentId: string | null;
    ttlMs: number;
  },
) {
  const { ttlMs, ...rest } = data;
  return tx.attempt.create({ data: { ...rest, expiresAt: new Date(Date.now() + ttlMs) }, select: attemptFields });
}

