// What a pupil sees of their own work: per topic, tasks done and right ones (every topic listed,
// untouched ones with zeros, in the catalogue's order).
import type { SchoolCaller } from '../access';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { pupilTopicProgress } from './progress.repo';
import { TOPIC_IDS } from './topics';

export async function ownProgress(db: PrismaClient, pupil: SchoolCaller) {
  const rows = await inSchool(db, pupil.schoolId, (tx) => pupilTopicProgress(tx, pupil.userId));
  return TOPIC_IDS.map((topic) => {
    const row = rows.find((entry) => entry.topic === topic);
    return { topic, attempts: row?.attempts ?? 0, correct: row?.correct ?? 0 };
  });
}
