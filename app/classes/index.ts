export { purgeBin } from './bin-purge.service';
export { binRoutes } from './bin.routes';
export { binDepsOf, staffBin, type BinDeps } from './bin.service';
export { classRoutes, type ClassRouteDependencies } from './classes.routes';
export { ZAddPupils, ZCreateClass } from './classes.schemas';
export { purgeDeletedClasses, type PupilsDeleted } from './deletion.service';
export { erasePupils, PUPIL_COLUMNS_KEPT, PUPIL_DATA } from './pupil-erasure';
export { CLASSES_USER_DATA, isPupilOfThisSchool } from './user-data.repo';
export { leavingRoutes } from './leaving.routes';
