export { researchRoutes } from './research.routes';
export { ExportJobs } from './export-jobs';
export { createStudyKeyring, type StudyKeyring } from './study-keys';
export { revokePupils } from './participation.service';
export { deleteExpiredExportFiles } from './export-retention';
export { ZCreateStudy, ZRequestExport, ZParticipation, ZObjection } from './research.schemas';
