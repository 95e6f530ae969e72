import type { PupilData } from '../privacy';

export const MESSAGES_PUPIL_DATA: PupilData[] = [
  {
    table: 'user_messages',
    column: 'user_id',
    erase: (tx, pupilIds) => tx.userMessage.deleteMany({ where: { userId: { in: pupilIds } } }),
  },
];
