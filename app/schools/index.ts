export { createSchool, ensureSchool, renameSchool } from './schools.service';
export { findSchoolBySlug, findVisibleSchools, updateLoginAddressPolicy } from './schools.repo';
export { ZCreateSchool, type TCreateSchool } from './schools.schemas';
export { schoolRoutes } from './schools.routes';
export { MFA_ROLE, schoolMembersWithRole, setTwoFactorForAll } from './two-factor.service';
