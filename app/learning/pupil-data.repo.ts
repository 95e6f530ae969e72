import type { PupilData } from '../privacy';

export const LEARNING_PUPIL_DATA: PupilData[] = [
  {
    table: 'attempts',
    column: 'pupil_id',
    erase: (tx, pupilIds) => tx.attempt.deleteMany({ where: { pupilId: { in: pupilIds } } }),
  },
];
