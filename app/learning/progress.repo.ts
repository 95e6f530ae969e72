// A pupil's own progress per topic: tasks finished and how many of them were right. Row-level
// security keeps it to the school; unfinished attempts (open, or kept open after an unreadable
// answer) do not count.
import type { Tx } from '../lib/db';

export type OwnTopicProgress = { topic: string; attempts: number; correct: number };

export async function pupilTopicProgress(tx: Tx, pupilId: string): Promise<OwnTopicProgress[]> {
  const counts = await tx.attempt.groupBy({
    by: ['topic', 'result'],
    where: { pupilId, submittedAt: { not: null } },
    _count: { _all: true },
  });
  const byTopic = new Map<string, OwnTopicProgress>();
  for (const { topic, result, _count } of counts) {
    const row = byTopic.get(topic) ?? { topic, attempts: 0, correct: 0 };
    row.attempts += _count._all;
    if (result === 'correct') row.correct += _count._all;
    byTopic.set(topic, row);
  }
  return [...byTopic.values()];
}
