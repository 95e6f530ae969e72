// Where a class stands, per topic: attempts, share correct, median time (server durations).
// Row-level security keeps it to the school; the class filter keeps it to the class's pupils.
import type { Tx } from '../lib/db';

export type TopicProgress = {
  topic: string;
  attempts: number;
  pupils: number;
  shareCorrect: number;
  medianDurationMs: number | null;
};

export async function classTopicProgress(tx: Tx, classId: string): Promise<TopicProgress[]> {
  const rows = await tx.$queryRaw<
    { topic: string; attempts: number; pupils: number; correct: number; median_ms: number | null }[]
  >`
    SELECT a.topic,
           count(*)::int AS attempts,
           count(DISTINCT a.pupil_id)::int AS pupils,
           count(*) FILTER (WHERE a.result = 'correct')::int AS correct,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY a.duration_ms)::float8 AS median_ms
      FROM attempts a
      JOIN class_pupils p ON p.pupil_id = a.pupil_id AND p.class_id = ${classId}::uuid
     WHERE a.submitted_at IS NOT NULL
     GROUP BY a.topic
     ORDER BY a.topic`;
  return rows.map((row) => ({
    topic: row.topic,
    attempts: row.attempts,
    pupils: row.pupils,
    shareCorrect: Math.round((row.correct / row.attempts) * 1000) / 1000,
    medianDurationMs: row.median_ms === null ? null : Math.round(row.median_ms),
  }));
}

// One pupil's submitted attempts over time (newest first), for the teacher's pupil view; null when
// the pupil is not in the class.
export async function pupilHistory(tx: Tx, classId: string, pupilId: string, limit = 200) {
  if ((await tx.classPupil.count({ where: { classId, pupilId } })) === 0) return null;
  return tx.attempt.findMany({
    where: { pupilId, submittedAt: { not: null } },
    orderBy: { submittedAt: 'desc' },
    take: limit,
    select: { topic: true, templateId: true, difficulty: true, result: true, durationMs: true, submittedAt: true },
  });
}

// The live overview's grid: every pupil of the class with their submitted attempts and correct
// answers per topic (pupils without any attempt too).
export async function pupilTopicGrid(tx: Tx, classId: string) {
  const rows = await tx.$queryRaw<
    { pupil_id: string; username: string; topic: string | null; attempts: number; correct: number }[]
  >`
    SELECT p.pupil_id, p.username, a.topic,
           count(a.id)::int AS attempts,
           count(a.id) FILTER (WHERE a.result = 'correct')::int AS correct
      FROM class_pupils p
      LEFT JOIN attempts a ON a.pupil_id = p.pupil_id AND a.submitted_at IS NOT NULL
     WHERE p.class_id = ${classId}::uuid
     GROUP BY p.pupil_id, p.username, a.topic
     ORDER BY p.username, a.topic`;
  const pupils = new Map<
    string,
    { pupilId: string; username: string; topics: { topic: string; attempts: number; correct: number }[] }
  >();
  for (const row of rows) {
    const pupil = pupils.get(row.pupil_id) ?? { pupilId: row.pupil_id, username: row.username, topics: [] };
    if (row.topic) pupil.topics.push({ topic: row.topic, attempts: row.attempts, correct: row.correct });
    pupils.set(row.pupil_id, pupil);
  }
  return [...pupils.values()];
}
