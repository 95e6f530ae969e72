// A small world for the adversary's tests: one school, one class of pupils (ids only: nothing here
// needs their accounts), attempts exactly as a test plans them, and studies over the school made
// straight in the database for one signed-in researcher.
import { randomUUID } from 'node:crypto';
import type { TestServer } from '../support/app';
import { createSchoolWithOrganization } from '../support/keycloak';
import { signIn, type SignedInApi } from '../support/suites';

export type PlannedAttempt = {
  pupil: number;
  day: string;
  minute?: number;
  templateId?: string;
  durationMs?: number;
  activeMs?: number | null;
  result?: 'correct' | 'wrong' | 'unreadable';
  answer?: string | null;
};
export type StudyPlan = { coarsening: 'day' | 'week' | 'days-since-first'; linkageThresholdPercent?: number };

export async function attackWorld(server: TestServer, pupils: number, attempts: PlannedAttempt[]) {
  const platform = server.dbs.platform;
  const school = await createSchoolWithOrganization(platform);
  const classId = randomUUID();
  await platform.schoolClass.create({
    data: { id: classId, schoolId: school.id, name: '4a', grade: 4, schoolYear: '2026/27' },
  });
  const pupilIds = Array.from({ length: pupils }, () => randomUUID());
  await platform.classPupil.createMany({
    data: pupilIds.map((pupilId, i) => ({
      classId,
      pupilId,
      schoolId: school.id,
      username: `p${i}-${pupilId.slice(0, 6)}`,
    })),
  });
  const attemptIds: string[] = [];
  for (const [i, a] of attempts.entries()) {
    const startedAt = new Date(`${a.day}T08:00:00+02:00`);
    startedAt.setMinutes(a.minute ?? i);
    const durationMs = a.durationMs ?? 20_000;
    const result = a.result ?? 'correct';
    const created = await platform.attempt.create({
      data: {
        schoolId: school.id,
        pupilId: pupilIds[a.pupil]!,
        templateId: a.templateId ?? 'fr-add-same',
        templateVersion: 1,
        seed: i,
        topic: 'fractions-add',
        difficulty: 1,
        startedAt,
        expiresAt: new Date(startedAt.getTime() + 1_800_000),
        submittedAt: new Date(startedAt.getTime() + durationMs),
        durationMs,
        activeMs: a.activeMs === undefined ? 15_000 : a.activeMs,
        result,
        normalizedAnswer: a.answer === undefined ? (result === 'unreadable' ? null : '3/4') : a.answer,
      },
      select: { id: true },
    });
    attemptIds.push(created.id);
  }
  const researcher = await signIn(server.baseUrl, ['researcher']);
  const study = async (plan: StudyPlan) =>
    (
      await platform.study.create({
        data: {
          name: `attack ${plan.coarsening}`,
          purpose: 'adversary test',
          rangeFrom: new Date('2026-09-01'),
          rangeTo: new Date('2027-07-31'),
          timeCoarsening: plan.coarsening,
          linkageThresholdPercent: plan.linkageThresholdPercent ?? 5,
          createdBy: 'test',
          sealedKey: server.services.keyring.newSealedKey(),
          researchers: { create: [{ researcherId: researcher.user.id }] },
          schools: { create: [{ schoolId: school.id, isOptedIn: true }] },
        },
        select: { id: true },
      })
    ).id;
  return { school, classId, pupilIds, attemptIds, researcher: researcher as SignedInApi, study };
}
