// The school's own settings and records, for its staff: /school/...
import { z } from 'zod';
import { endpoint, ZTimestamp } from '../api/endpoint';
import {
  ZAddressPolicy,
  ZAttemptQuery,
  ZLoginAttempt,
  ZRoleCountries,
  ZRoleParam,
  ZSchoolRules,
  ZSchoolRulesChanged,
} from '../country-restriction/country-restriction.schemas';
import {
  ZParticipation,
  ZParticipationDecided,
  ZSchoolExport,
  ZSchoolStudy,
  ZStudyId,
} from '../research/research.schemas';
import {
  ZAuditEntry,
  ZAuditQuery,
  ZCreatedStaff,
  ZCreateStaff,
  ZFreezeAccount,
  ZFreezeLifted,
  ZFrozenAccount,
  ZInactiveAccount,
  ZInactivitySetting,
  ZInactivityView,
  ZPrivacyContacts,
  ZPrivacyContactsView,
  ZRenameSchool,
  ZSchoolView,
  ZStaffEnabledBody,
  ZStaffId,
  ZStaffMember,
  ZStaffRole,
  ZStaffRolesBody,
  ZTermsSetting,
  ZTwoFactorSetting,
} from './schools.schemas';

export const mySchool = endpoint({
  method: 'get',
  path: '/school',
  roles: ['teacher', 'school-admin'],
  summary: 'My school',
  responses: { 200: { description: 'The school', schema: ZSchoolView } },
  errors: { 404: 'School not found' },
});

export const setTwoFactor = endpoint({
  method: 'put',
  path: '/school/two-factor',
  roles: ['school-admin'],
  summary: '"2FA for everyone in this school"',
  body: ZTwoFactorSetting,
  responses: { 200: { description: 'Saved, and every pupil account updated', schema: ZSchoolView } },
});

export const setTermsAcceptance = endpoint({
  method: 'put',
  path: '/school/terms',
  roles: ['school-admin'],
  summary:
    'Terms of use confirmed at the next login, for every account of the school that has not accepted them ' +
    '(Keycloak required action; audited)',
  body: ZTermsSetting,
  responses: { 200: { description: 'Saved, and every account updated', schema: ZSchoolView } },
});

export const renameSchool = endpoint({
  method: 'put',
  path: '/school/name',
  roles: ['school-admin'],
  summary: "Rename the school (GDPR Art. 16): here and on Keycloak's login pages (audited)",
  body: ZRenameSchool,
  responses: { 200: { description: 'Renamed', schema: ZSchoolView } },
  errors: { 404: 'School not found', 409: 'Another school has this name' },
});

export const loginRules = endpoint({
  method: 'get',
  path: '/school/login-countries',
  roles: ['school-admin'],
  summary: "The school's login-country rules",
  responses: { 200: { description: 'Lists per role and the address policy', schema: ZSchoolRules } },
});

export const setRoleCountries = endpoint({
  method: 'put',
  path: '/school/login-countries/:role',
  roles: ['school-admin'],
  summary: 'Login countries for one role (null: none); a narrowing ends the sessions of that role',
  params: ZRoleParam,
  body: ZRoleCountries,
  responses: { 200: { description: 'Saved', schema: ZSchoolRulesChanged } },
});

export const setAddressPolicy = endpoint({
  method: 'put',
  path: '/school/login-address-policy',
  roles: ['school-admin'],
  summary: 'Private/loopback and unknown-country addresses',
  body: ZAddressPolicy,
  responses: { 200: { description: 'Saved', schema: ZSchoolRules } },
});

export const loginAttempts = endpoint({
  method: 'get',
  path: '/school/login-attempts',
  roles: ['school-admin'],
  summary: 'Login attempts of the school (truncated addresses), newest first',
  query: ZAttemptQuery,
  responses: { 200: { description: 'Attempts', schema: z.object({ attempts: z.array(ZLoginAttempt) }) } },
});

export const schoolStudies = endpoint({
  method: 'get',
  path: '/school/studies',
  roles: ['school-admin'],
  summary: 'Studies the school is invited to, and whether it takes part',
  responses: { 200: { description: 'Studies', schema: z.object({ studies: z.array(ZSchoolStudy) }) } },
});

export const decideParticipation = endpoint({
  method: 'put',
  path: '/school/studies/:id/participation',
  roles: ['school-admin'],
  summary: 'Opt the school in or out of a study',
  params: ZStudyId,
  body: ZParticipation,
  responses: { 200: { description: 'Decided', schema: ZParticipationDecided } },
  errors: { 404: 'The school is not invited to this study' },
});

export const researchExports = endpoint({
  method: 'get',
  path: '/school/research-exports',
  roles: ['teacher', 'school-admin'],
  summary: 'Which studies received which classes’ data, and when (teachers: their own classes)',
  responses: { 200: { description: 'Exports', schema: z.object({ exports: z.array(ZSchoolExport) }) } },
});

export const auditLog = endpoint({
  method: 'get',
  path: '/school/audit',
  roles: ['school-admin'],
  summary: 'The audit log: every administrative act, by time, actor (username) and kind, newest first',
  query: ZAuditQuery,
  responses: { 200: { description: 'Entries', schema: z.object({ entries: z.array(ZAuditEntry) }) } },
});

export const listStaff = endpoint({
  method: 'get',
  path: '/school/staff',
  roles: ['school-admin'],
  summary: "The school's teachers and school admins: username, roles, enabled",
  responses: { 200: { description: 'Staff', schema: z.object({ staff: z.array(ZStaffMember) }) } },
});

export const createStaff = endpoint({
  method: 'post',
  path: '/school/staff',
  roles: ['school-admin'],
  summary:
    'Create a teacher or school-admin account (one-time password in this answer only; TOTP set up at first login)',
  body: ZCreateStaff,
  responses: { 201: { description: 'Created', schema: ZCreatedStaff } },
  errors: { 409: 'Username taken' },
});

export const setStaffRoles = endpoint({
  method: 'put',
  path: '/school/staff/:id/roles',
  roles: ['school-admin'],
  summary: "Set a staff member's roles (a role taken away ends their sessions)",
  params: ZStaffId,
  body: ZStaffRolesBody,
  responses: { 200: { description: 'Saved', schema: z.object({ id: z.string(), roles: z.array(ZStaffRole) }) } },
  errors: { 404: 'No such staff member', 409: 'Your own admin role' },
});

export const setStaffEnabled = endpoint({
  method: 'put',
  path: '/school/staff/:id/enabled',
  roles: ['school-admin'],
  summary: 'Disable (sessions end, no login) or enable a staff account',
  params: ZStaffId,
  body: ZStaffEnabledBody,
  responses: { 200: { description: 'Saved', schema: z.object({ id: z.string(), isEnabled: z.boolean() }) } },
  errors: { 404: 'No such staff member', 409: 'Your own account' },
});

export const deleteStaff = endpoint({
  method: 'delete',
  path: '/school/staff/:id',
  roles: ['school-admin'],
  summary:
    'Delete a staff account: into the restore bin (disabled, sessions ended, out of its classes) until purged ' +
    'on purgeAt; restored from the bin with its classes',
  params: ZStaffId,
  responses: { 200: { description: 'In the bin', schema: z.object({ purgeAt: ZTimestamp }) } },
  errors: { 404: 'No such staff member', 409: 'Your own account, or already in the bin' },
});

export const privacyContacts = endpoint({
  method: 'get',
  path: '/school/privacy-contacts',
  roles: ['teacher', 'school-admin'],
  summary: "The school's privacy contacts (controller, data protection officer), as the privacy notice shows them",
  responses: { 200: { description: 'The contacts; null where none entered', schema: ZPrivacyContactsView } },
  errors: { 404: 'School not found' },
});

export const setPrivacyContacts = endpoint({
  method: 'put',
  path: '/school/privacy-contacts',
  roles: ['school-admin'],
  summary: "Change the school's privacy contacts (empty text: none)",
  body: ZPrivacyContacts,
  responses: { 200: { description: 'Saved', schema: ZPrivacyContactsView } },
});

export const frozenAccounts = endpoint({
  method: 'get',
  path: '/school/frozen-accounts',
  roles: ['school-admin'],
  summary: "The school's frozen accounts (GDPR Art. 18): no login, data kept, left out of research exports",
  responses: { 200: { description: 'Frozen accounts', schema: z.object({ accounts: z.array(ZFrozenAccount) }) } },
});

export const freezeAccount = endpoint({
  method: 'post',
  path: '/school/frozen-accounts',
  roles: ['school-admin'],
  summary:
    'Freeze an account of the school (GDPR Art. 18): disabled in Keycloak, sessions ended, never exported, all ' +
    'its data kept until the freeze is lifted (audited; freezing again changes nothing)',
  body: ZFreezeAccount,
  responses: { 200: { description: 'Frozen', schema: ZFrozenAccount } },
  errors: { 404: 'No such account in this school', 409: 'Your own account' },
});

export const liftFreeze = endpoint({
  method: 'delete',
  path: '/school/frozen-accounts/:id',
  roles: ['school-admin'],
  summary: 'Lift a freeze: the account can log in again (unless it is in the restore bin); audited',
  params: ZStaffId,
  responses: { 200: { description: 'Lifted', schema: ZFreezeLifted } },
  errors: { 404: 'This account is not frozen' },
});

export const inactivity = endpoint({
  method: 'get',
  path: '/school/inactivity',
  roles: ['school-admin'],
  summary: 'After how many months unused accounts go into the restore bin (null: never)',
  responses: { 200: { description: 'The period', schema: ZInactivityView } },
  errors: { 404: 'School not found' },
});

export const setInactivity = endpoint({
  method: 'put',
  path: '/school/inactivity',
  roles: ['school-admin'],
  summary:
    'Set the inactivity period (3–60 months, null: never; audited). Nobody goes into the bin sooner than a month ' +
    'after a change',
  body: ZInactivitySetting,
  responses: { 200: { description: 'Saved', schema: ZInactivityView } },
  errors: { 404: 'School not found' },
});

export const inactiveAccounts = endpoint({
  method: 'get',
  path: '/school/inactive-accounts',
  roles: ['school-admin'],
  summary: 'Accounts that go into the restore bin within the next month for inactivity, with the date they go',
  responses: { 200: { description: 'Accounts', schema: z.object({ accounts: z.array(ZInactiveAccount) }) } },
});

export const SCHOOL_ENDPOINTS = [
  mySchool,
  renameSchool,
  setTwoFactor,
  setTermsAcceptance,
  loginRules,
  setRoleCountries,
  setAddressPolicy,
  loginAttempts,
  schoolStudies,
  decideParticipation,
  researchExports,
  auditLog,
  listStaff,
  createStaff,
  setStaffRoles,
  setStaffEnabled,
  deleteStaff,
  privacyContacts,
  setPrivacyContacts,
  frozenAccounts,
  freezeAccount,
  liftFreeze,
  inactivity,
  setInactivity,
  inactiveAccounts,
];
