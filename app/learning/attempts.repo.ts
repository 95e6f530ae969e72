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
  data: { schoolId: string; pupilId: string; templateId: string; templateVersion: number; seed: number; topic: string; difficulty: number; ttlMs: number },
) {
  const { ttlMs, ...rest } = data;
  return tx.attempt.create({ data: { ...rest, expiresAt: new Date(Date.now() + ttlMs) }, select: attemptFields });
}

export function findOwnAttempt(tx: Tx, id: string, pupilId: string) {
  return tx.attempt.findFirst({ where: { id, pupilId }, select: attemptFields });
}

// Closes an open, unexpired attempt once, with the database's clock: duration = now − start.
// Closes nothing when the attempt was already submitted, has expired, or is not this pupil's.
export async function closeAttempt(tx: Tx, id: string, pupilId: string, outcome: { result: string; normalizedAnswer: string | null; activeMs: number | null }) {
  await tx.$queryRaw<{ id: string }[]>`
    UPDATE attempts SET
      submitted_at = now()::timestamptz(3),
      duration_ms = greatest(0, round(extract(epoch FROM now()::timestamptz(3) - started_at) * 1000))::int,
      active_ms = CASE WHEN ${outcome.activeMs}::int IS NULL THEN NULL
                       ELSE least(${outcome.activeMs}::int, greatest(0, round(extract(epoch FROM now()::timestamptz(3) - started_at) * 1000))::int) END,
      result = ${outcome.result},
      normalized_answer = ${outcome.normalizedAnswer}
    WHERE id = ${id}::uuid AND pupil_id = ${pupilId} AND submitted_at IS NULL AND expires_at > now()
    RETURNING id`;
}
