import type { PupilData } from '../privacy';

export const ACCOUNT_ACTIVITY_PUPIL_DATA: PupilData[] = [
  {
    table: 'account_activity',
    column: 'user_id',
    erase: (tx, userIds) => tx.accountActivity.deleteMany({ where: { userId: { in: userIds } } }),
  },
];
