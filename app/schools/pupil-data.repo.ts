import type { PupilData } from '../privacy';

// A freeze goes with the account: a purged pupil or teacher leaves no frozen_accounts row behind.
export const SCHOOLS_PUPIL_DATA: PupilData[] = [
  {
    table: 'frozen_accounts',
    column: 'user_id',
    erase: (tx, userIds) => tx.frozenAccount.deleteMany({ where: { userId: { in: userIds } } }),
  },
];
