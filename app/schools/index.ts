export { createSchool, ensureSchool, mySchool, renameSchool } from './schools.service';
export { findSchoolBySlug, findSchoolNotice, findVisibleSchools } from './schools.repo';
export { ZCreateSchool, type TCreateSchool } from './schools.schemas';
export { schoolRoutes } from './schools.routes';
export { setTwoFactorForAll } from './two-factor.service';
export { frozenUserIds } from './freeze.repo';
export { SCHOOLS_PUPIL_DATA } from './pupil-data.repo';
export { SCHOOLS_USER_DATA } from './user-data.repo';
