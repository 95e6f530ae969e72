export { purgeExpired, type RetentionPeriods } from './retention';
export type { PupilData } from './pupil-data';
