export { createSchool, ensureSchool, renameSchool } from './schools.service';
export { findVisibleSchools } from './schools.repo';
export { ZCreateSchool, type TCreateSchool } from './schools.schemas';
