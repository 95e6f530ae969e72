import type { PupilData } from '../privacy';

export const SESSIONS_PUPIL_DATA: PupilData[] = [
  {
    table: 'app_sessions',
    column: 'user_id',
    erase: (tx, pupilIds) => tx.appSession.deleteMany({ where: { userId: { in: pupilIds } } }),
  },
];
