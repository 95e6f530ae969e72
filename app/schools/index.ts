export { createSchool, ensureSchool, mySchool, renameSchool } from './schools.service';
export { findSchoolBySlug, findVisibleSchools } from './schools.repo';
export { ZCreateSchool, type TCreateSchool } from './schools.schemas';
export { schoolRoutes } from './schools.routes';
export { setTwoFactorForAll } from './two-factor.service';
