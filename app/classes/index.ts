export { classRoutes } from './classes.routes';
export { ZAddPupils, ZCreateClass } from './classes.schemas';
export { purgeDeletedClasses, type PupilsDeleted } from './deletion.service';
export { erasePupils, PUPIL_COLUMNS_KEPT, PUPIL_DATA } from './pupil-erasure';
