export {
  ANY_SIGNED_IN,
  PUBLIC,
  homePageOf,
  knownRoles,
  needsSchool,
  ROLES,
  ROLES_WITHOUT_SCHOOL,
  WEB_APP_PATHS,
  type Allowed,
  type Role,
} from './roles';
export type { Identity, SessionIdentity, SessionTokens, LoginTransaction } from './identity';
export { allow, isAdmitted } from './role-guard';
export {
  callerOf,
  currentSessionOf,
  isPlatformAdmin,
  isResearcher,
  isSchoolAdmin,
  schoolCallerOf,
  type Caller,
  type SchoolCaller,
} from './callers';
export {
  requireBinnedAccountAccess,
  requireBinnedClassAccess,
  requireClassAccess,
  requirePupilAccess,
  requireStudyAccess,
} from './resource-access';
export { classIdsTaughtBy } from './access.repo';
