// Studies and their exports: set up and ended by platform admins, exports requested and downloaded
// by the study's own researchers (session, or a bearer token of the schulid-research client).
import { z } from 'zod';
import { endpoint } from '../api/endpoint';
import {
  ZCreatedStudy,
  ZCreateStudy,
  ZExport,
  ZExportFile,
  ZExportId,
  ZRequestExport,
  ZResearcherOption,
  ZRevocation,
  ZSchoolOption,
  ZStudyId,
  ZStudyOverview,
} from './research.schemas';

export const createStudy = endpoint({
  method: 'post',
  path: '/research/studies',
  roles: ['platform-admin'],
  summary: 'Set up a study: name, purpose, range, k, researchers, schools (invited)',
  body: ZCreateStudy,
  responses: { 201: { description: 'Created', schema: ZCreatedStudy } },
});

export const researcherOptions = endpoint({
  method: 'get',
  path: '/research/researchers',
  roles: ['platform-admin'],
  summary: 'Everyone with the realm role "researcher" (id and username), to pick a study\'s researchers by name',
  responses: {
    200: { description: 'Researchers by username', schema: z.object({ researchers: z.array(ZResearcherOption) }) },
  },
});

export const schoolOptions = endpoint({
  method: 'get',
  path: '/research/schools',
  roles: ['platform-admin'],
  summary: 'Every school (id, name, handle), to pick the schools a study invites by name',
  responses: { 200: { description: 'Schools by name', schema: z.object({ schools: z.array(ZSchoolOption) }) } },
});

export const listStudies = endpoint({
  method: 'get',
  path: '/research/studies',
  roles: ['researcher', 'platform-admin'],
  summary: 'My studies (platform admins: all)',
  responses: { 200: { description: 'Studies', schema: z.object({ studies: z.array(ZStudyOverview) }) } },
});

export const endStudy = endpoint({
  method: 'post',
  path: '/research/studies/:id/end',
  roles: ['platform-admin'],
  summary: "End a study: its key is destroyed, its pseudonyms can no longer be linked to a pupil's account",
  params: ZStudyId,
  responses: { 200: { description: 'Ended', schema: z.object({ studyId: z.uuid(), isEnded: z.literal(true) }) } },
  errors: { 404: 'No such study', 409: 'Already ended' },
});

export const allExports = endpoint({
  method: 'get',
  path: '/research/exports',
  roles: ['platform-admin'],
  summary: 'Every export (who, when, study, filters, rows): the audit view',
  responses: { 200: { description: 'Exports, newest first', schema: z.object({ exports: z.array(ZExport) }) } },
});

export const requestExport = endpoint({
  method: 'post',
  path: '/research/studies/:id/exports',
  roles: ['researcher'],
  summary: 'Request a pseudonymised export (runs as a job)',
  params: ZStudyId,
  body: ZRequestExport,
  responses: { 202: { description: 'Queued', schema: ZExport } },
  errors: { 404: 'No such study', 409: 'Study ended' },
});

export const studyExports = endpoint({
  method: 'get',
  path: '/research/studies/:id/exports',
  roles: ['researcher'],
  summary: "The study's exports",
  params: ZStudyId,
  responses: { 200: { description: 'Exports, newest first', schema: z.object({ exports: z.array(ZExport) }) } },
});

export const studyRevocations = endpoint({
  method: 'get',
  path: '/research/studies/:id/revocations',
  roles: ['researcher'],
  summary: 'Pseudonyms of pupils who objected or were deleted: delete their rows',
  params: ZStudyId,
  responses: {
    200: { description: 'Revocations, oldest first', schema: z.object({ revocations: z.array(ZRevocation) }) },
  },
});

export const exportStatus = endpoint({
  method: 'get',
  path: '/research/exports/:id',
  roles: ['researcher'],
  summary: 'Status, progress (rows done / total), risk report, manifest and file links',
  params: ZExportId,
  responses: { 200: { description: 'The export', schema: ZExport } },
  errors: { 404: 'No such export' },
});

export const exportFile = endpoint({
  method: 'get',
  path: '/research/exports/:id/files/:name',
  roles: ['researcher'],
  summary: 'Download a file (Range requests resume a broken download)',
  params: ZExportFile,
  responses: {
    200: { description: 'The file', contentType: 'application/octet-stream' },
    206: { description: 'Part of it (Range)', contentType: 'application/octet-stream' },
  },
  errors: {
    404: 'No such file',
    409: 'Not ready',
    410: 'Deleted after retention',
    412: 'Changed since (If-Match)',
    416: 'Range outside the file',
  },
});

export const RESEARCH_ENDPOINTS = [
  createStudy,
  researcherOptions,
  schoolOptions,
  listStudies,
  endStudy,
  allExports,
  requestExport,
  studyExports,
  studyRevocations,
  exportStatus,
  exportFile,
];
