export { classRoutes } from './classes.routes';
export { ZAddPupils, ZCreateClass } from './classes.schemas';
export { purgeDeletedClasses, type PupilsDeleted } from './deletion.service';
