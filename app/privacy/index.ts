export { purgeExpired, type RetentionPeriods } from './retention';
export type { PupilData } from './pupil-data';
export type { DataSubject, ExportSource, UserData } from './user-data';
