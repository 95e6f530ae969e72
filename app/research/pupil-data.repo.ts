import type { PupilData } from '../privacy';

// Revocation lists hold study pseudonyms, not pupil ids: they stay, so researchers delete the rows.
export const RESEARCH_PUPIL_DATA: PupilData[] = [
  {
    table: 'research_objections',
    column: 'pupil_id',
    erase: (tx, pupilIds) => tx.researchObjection.deleteMany({ where: { pupilId: { in: pupilIds } } }),
  },
];
