// A teacher's classes and everything under /classes/:id: pupils and their accounts, progress,
// lockouts, assignments and research objections. Teachers work on their own classes, school admins
// on every class of their school (app/access).
import { z } from 'zod';
import { endpoint } from '../api/endpoint';
import { ZBinned } from './bin.contract';
import { ZObjection, ZObjectionSet, ZObjectionView } from '../research/research.schemas';
import {
  ZAddPupils,
  ZAddSchoolPupils,
  ZAssignmentProgress,
  ZCandidates,
  ZAddTeacher,
  ZAssign,
  ZAssignment,
  ZClass,
  ZClassId,
  ZClassListed,
  ZClassPupilParams,
  ZClassPupilView,
  ZCreateClass,
  ZCreatedPupil,
  ZLockedPupil,
  ZLoginCards,
  ZOverviewPupil,
  ZPupilAttempt,
  ZRenamePupil,
  ZTopicProgress,
} from './classes.schemas';

const STAFF = ['teacher', 'school-admin'] as const;

export const createClass = endpoint({
  method: 'post',
  path: '/classes',
  roles: ['teacher'],
  summary: 'Create a class (the creator becomes its teacher)',
  body: ZCreateClass,
  responses: { 201: { description: 'Created', schema: ZClass } },
});

export const listClasses = endpoint({
  method: 'get',
  path: '/classes',
  roles: STAFF,
  summary: 'My classes (school admins: all of the school)',
  responses: { 200: { description: 'Classes', schema: z.object({ classes: z.array(ZClassListed) }) } },
});

export const deleteClass = endpoint({
  method: 'delete',
  path: '/classes/:id',
  roles: STAFF,
  summary:
    'Delete a class: into the restore bin with its pupils (accounts disabled, shown nowhere, never exported) ' +
    'until purged with their Keycloak accounts and all data on purgeAt',
  params: ZClassId,
  responses: {
    200: {
      description: 'In the bin',
      schema: ZBinned.extend({ pupils: z.number().int().describe('pupils locked out (in no other class)') }),
    },
  },
  errors: { 404: 'No such class' },
});

export const deletePupil = endpoint({
  method: 'delete',
  path: '/classes/:id/pupils/:pupilId',
  roles: STAFF,
  summary: 'Delete a pupil: into the restore bin (account disabled, out of every class) until purged on purgeAt',
  params: ZClassPupilParams,
  responses: { 200: { description: 'In the bin', schema: ZBinned } },
  errors: { 404: 'No such pupil in this class' },
});

export const renamePupil = endpoint({
  method: 'put',
  path: '/classes/:id/pupils/:pupilId/username',
  roles: STAFF,
  summary:
    "Correct a pupil's username (GDPR Art. 16), in Keycloak and in every class list (audited); " +
    "not for accounts from the school's own SSO, whose system owns the name",
  params: ZClassPupilParams,
  body: ZRenamePupil,
  responses: { 200: { description: 'Renamed', schema: ZClassPupilView } },
  errors: {
    404: 'No such pupil in this class',
    409: "Username taken, or the account comes from the school's own system",
  },
});

export const listPupils = endpoint({
  method: 'get',
  path: '/classes/:id/pupils',
  roles: STAFF,
  summary: 'The pupils of a class (pseudonymous usernames)',
  params: ZClassId,
  responses: { 200: { description: 'Pupils', schema: z.object({ pupils: z.array(ZClassPupilView) }) } },
  errors: { 404: 'No such class' },
});

export const addPupils = endpoint({
  method: 'post',
  path: '/classes/:id/pupils',
  roles: STAFF,
  summary: 'Create pupil accounts (usernames or generated); one-time passwords in this response only',
  params: ZClassId,
  body: ZAddPupils,
  responses: { 201: { description: 'Created', schema: z.object({ pupils: z.array(ZCreatedPupil) }) } },
  errors: { 404: 'No such class', 409: 'Username taken' },
});

export const addTeacher = endpoint({
  method: 'post',
  path: '/classes/:id/teachers',
  roles: STAFF,
  summary: 'Add a co-teacher (a teacher of the same school)',
  params: ZClassId,
  body: ZAddTeacher,
  responses: { 204: { description: 'Added' } },
  errors: { 404: 'No such class' },
});

export const loginCards = endpoint({
  method: 'post',
  path: '/classes/:id/login-cards',
  roles: STAFF,
  summary: 'New one-time passwords for the class (or the pupils named), as printable login cards (PDF)',
  params: ZClassId,
  body: ZLoginCards,
  responses: { 201: { description: 'The login cards', contentType: 'application/pdf' } },
  errors: { 404: 'No such class, or a pupil named is not in it' },
});

export const classProgress = endpoint({
  method: 'get',
  path: '/classes/:id/progress',
  roles: STAFF,
  summary: 'Per topic: attempts, pupils, share correct, median time',
  params: ZClassId,
  responses: { 200: { description: 'Progress', schema: z.object({ topics: z.array(ZTopicProgress) }) } },
  errors: { 404: 'No such class' },
});

export const lockedPupils = endpoint({
  method: 'get',
  path: '/classes/:id/locked-pupils',
  roles: STAFF,
  summary: "Pupils locked out by Keycloak's brute-force detection: failures, last failure, locked until",
  params: ZClassId,
  responses: { 200: { description: 'Locked pupils', schema: z.object({ pupils: z.array(ZLockedPupil) }) } },
  errors: { 404: 'No such class' },
});

export const unlockPupil = endpoint({
  method: 'post',
  path: '/classes/:id/pupils/:pupilId/unlock',
  roles: STAFF,
  summary: "End a pupil's lockout (audited)",
  params: ZClassPupilParams,
  responses: { 204: { description: 'Unlocked' } },
  errors: { 404: 'No such pupil in this class' },
});

export const pupilAttempts = endpoint({
  method: 'get',
  path: '/classes/:id/pupils/:pupilId/attempts',
  roles: STAFF,
  summary: "A pupil's attempts over time",
  params: ZClassPupilParams,
  responses: { 200: { description: 'Newest first', schema: z.object({ attempts: z.array(ZPupilAttempt) }) } },
  errors: { 404: 'No such pupil in this class' },
});

export const assign = endpoint({
  method: 'post',
  path: '/classes/:id/assignments',
  roles: STAFF,
  summary: 'Assign a topic or template to a class, optionally with a due date',
  params: ZClassId,
  body: ZAssign,
  responses: { 201: { description: 'Created', schema: ZAssignment } },
  errors: { 404: 'No such class' },
});

export const researchObjection = endpoint({
  method: 'get',
  path: '/classes/:id/pupils/:pupilId/research-objection',
  roles: STAFF,
  summary: 'Whether a pupil objected to research use (GDPR Art. 21)',
  params: ZClassPupilParams,
  responses: { 200: { description: 'The objection', schema: ZObjectionView } },
  errors: { 404: 'No such pupil in this class' },
});

export const setResearchObjection = endpoint({
  method: 'put',
  path: '/classes/:id/pupils/:pupilId/research-objection',
  roles: STAFF,
  summary: 'Record (or, school admins only, withdraw) an objection: the pupil leaves every future export',
  params: ZClassPupilParams,
  body: ZObjection,
  responses: { 200: { description: 'Saved', schema: ZObjectionSet } },
  errors: { 404: 'No such pupil in this class' },
});

export const classOverview = endpoint({
  method: 'get',
  path: '/classes/:id/overview',
  roles: STAFF,
  summary: 'The live overview: every pupil with attempts and correct answers per topic',
  params: ZClassId,
  responses: { 200: { description: 'Pupils × topics', schema: z.object({ pupils: z.array(ZOverviewPupil) }) } },
  errors: { 404: 'No such class' },
});

export const classLive = endpoint({
  method: 'get',
  path: '/classes/:id/live',
  roles: STAFF,
  summary: 'Server-sent events: one "attempt" event per submit of a pupil of the class, from every app instance',
  params: ZClassId,
  responses: {
    200: {
      description: 'Events "attempt" with { pupilId, topic, result } (ZLiveAttempt)',
      contentType: 'text/event-stream',
    },
  },
  errors: { 404: 'No such class' },
});

export const classCandidates = endpoint({
  method: 'get',
  path: '/classes/:id/candidates',
  roles: STAFF,
  summary:
    "Pick lists by name: the school's teachers not teaching the class, the school's pupils in no class (e.g. from SSO)",
  params: ZClassId,
  responses: { 200: { description: 'Teachers and pupils', schema: ZCandidates } },
  errors: { 404: 'No such class' },
});

export const pupilsWithoutClass = endpoint({
  method: 'get',
  path: '/school-pupils/without-class',
  roles: ['school-admin'],
  summary:
    "The school's pupils in no class (e.g. from the school's SSO, before a teacher adds them); pupils in the " +
    'restore bin are listed there instead',
  responses: {
    200: {
      description: 'Pupils',
      schema: z.object({ pupils: z.array(z.object({ id: z.string(), username: z.string() })) }),
    },
  },
});

export const addSchoolPupils = endpoint({
  method: 'post',
  path: '/classes/:id/members',
  roles: STAFF,
  summary: "Add existing pupil accounts of the school (e.g. from the school's SSO) to the class",
  params: ZClassId,
  body: ZAddSchoolPupils,
  responses: { 201: { description: 'Added', schema: z.object({ pupils: z.array(ZClassPupilView) }) } },
  errors: { 404: 'No such class' },
});

export const classAssignments = endpoint({
  method: 'get',
  path: '/classes/:id/assignments',
  roles: STAFF,
  summary: "The class's assignments with each pupil's attempts and correct answers on them",
  params: ZClassId,
  responses: {
    200: { description: 'Newest first', schema: z.object({ assignments: z.array(ZAssignmentProgress) }) },
  },
  errors: { 404: 'No such class' },
});

export const CLASS_ENDPOINTS = [
  createClass,
  listClasses,
  deleteClass,
  deletePupil,
  listPupils,
  renamePupil,
  addPupils,
  addTeacher,
  loginCards,
  classProgress,
  classOverview,
  classLive,
  lockedPupils,
  unlockPupil,
  pupilAttempts,
  assign,
  classAssignments,
  classCandidates,
  addSchoolPupils,
  researchObjection,
  setResearchObjection,
  pupilsWithoutClass,
];
