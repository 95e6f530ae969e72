export { ANY_SIGNED_IN, ROLES, ROLES_WITHOUT_SCHOOL, knownRoles, needsSchool, type Allowed, type Role } from './roles';
export type { Identity, SessionIdentity, SessionTokens, LoginTransaction } from './identity';
export { allow, isAdmitted } from './role-guard';
export {
  callerOf,
  isPlatformAdmin,
  isResearcher,
  isSchoolAdmin,
  schoolCallerOf,
  type Caller,
  type SchoolCaller,
} from './callers';
export { requireClassAccess, requirePupilAccess, requireStudyAccess } from './resource-access';
