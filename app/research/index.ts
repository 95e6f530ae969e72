export { researchRoutes } from './research.routes';
export { ExportJobs } from './export-jobs';
export { createStudyKeyring, type StudyKeyring } from './study-keys';
export {
  decideParticipation,
  exportsSeenBy,
  objectionOf,
  revokePupils,
  setObjection,
  studiesOfSchool,
  studiesTakenPartIn,
} from './participation.service';
export { deleteExpiredExportFiles } from './export-retention';
export { deleteExpiredReleaseRecords } from './release-retention.repo';
export type { StudyDeps } from './studies.service';
export { RESEARCH_PUPIL_DATA } from './pupil-data.repo';
export { RESEARCH_USER_DATA } from './user-data.repo';
