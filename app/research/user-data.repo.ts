import type { UserData } from '../privacy';
import { isoDay } from './iso-day';

type Study = { name: string; purpose: string; from: string; to: string; isEnded: boolean };
const studyFields = { name: true, purpose: true, rangeFrom: true, rangeTo: true, endedAt: true } as const;
const studyOf = (study: { name: string; purpose: string; rangeFrom: Date; rangeTo: Date; endedAt: Date | null }) => ({
  name: study.name,
  purpose: study.purpose,
  from: isoDay(study.rangeFrom),
  to: isoDay(study.rangeTo),
  isEnded: study.endedAt !== null,
});

// The studies the user's school takes part in, an objection recorded for them (not by whom), the
// exports that carried their attempts, and for researchers the studies they work on.
export const RESEARCH_USER_DATA: UserData<{
  research: {
    schoolStudies: (Study & { since: Date | null })[];
    objection: { recordedAt: Date } | null;
    exportsWithYourData: { study: string; exportedAt: Date | null; attempts: number }[];
    studiesAsResearcher: Study[];
  };
}> = {
  columns: ['research_objections.pupil_id', 'study_researchers.researcher_id'],
  read: async ({ tx, platform }, { userId, schoolId }) => {
    const researcherOf = await platform.studyResearcher.findMany({
      where: { researcherId: userId },
      select: { study: { select: studyFields } },
    });
    const studiesAsResearcher = researcherOf.map((row) => studyOf(row.study));
    if (!schoolId)
      return { research: { schoolStudies: [], objection: null, exportsWithYourData: [], studiesAsResearcher } };
    const joined = await tx.studySchool.findMany({
      where: { schoolId, isOptedIn: true },
      orderBy: { decidedAt: 'asc' },
      select: { decidedAt: true, study: { select: studyFields } },
    });
    const objection = await tx.researchObjection.findUnique({
      where: { schoolId_pupilId: { schoolId, pupilId: userId } },
      select: { createdAt: true },
    });
    // Which exports released rows are kept by the platform role only; filtered by the user and school.
    const exports = await platform.$queryRaw<{ study: string; exported_at: Date | null; attempts: number }[]>`
      SELECT s.name AS study, e.finished_at AS exported_at, count(*)::int AS attempts
        FROM study_export_rows r
        JOIN attempts a ON a.id = r.attempt_id
        JOIN study_exports e ON e.id = r.export_id
        JOIN studies s ON s.id = e.study_id
       WHERE a.pupil_id = ${userId} AND a.school_id = ${schoolId}::uuid
       GROUP BY s.name, e.id, e.finished_at
       ORDER BY e.finished_at`;
    return {
      research: {
        schoolStudies: joined.map((row) => ({ ...studyOf(row.study), since: row.decidedAt })),
        objection: objection ? { recordedAt: objection.createdAt } : null,
        exportsWithYourData: exports.map((row) => ({
          study: row.study,
          exportedAt: row.exported_at,
          attempts: row.attempts,
        })),
        studiesAsResearcher,
      },
    };
  },
};
