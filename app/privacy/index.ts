export { purgeExpired } from './retention';
export type { PupilData } from './pupil-data';
