import type { Tx } from '../lib/db';
import type { UserData } from '../privacy';

const classFields = { name: true, grade: true, schoolYear: true, deletedAt: true } as const;
type ClassRow = { class: { name: string; grade: number; schoolYear: string; deletedAt: Date | null } };

const classAs = (as: 'pupil' | 'teacher') => (row: ClassRow) => {
  const { deletedAt, ...schoolClass } = row.class;
  return { ...schoolClass, as, isInBin: deletedAt !== null };
};

// Class names only: who else is in a class or teaches it is not the user's data.
export const CLASSES_USER_DATA: UserData<{
  classes: { name: string; grade: number; schoolYear: string; as: 'pupil' | 'teacher'; isInBin: boolean }[];
  restoreBin: { kind: string; reason: string; binnedAt: Date } | null;
}> = {
  columns: [
    'class_pupils.pupil_id',
    'class_pupils.username',
    'class_teachers.teacher_id',
    'binned_accounts.user_id',
    'binned_accounts.username',
  ],
  read: async ({ tx }, { userId }) => {
    const learns = await tx.classPupil.findMany({
      where: { pupilId: userId },
      select: { class: { select: classFields } },
    });
    const teaches = await tx.classTeacher.findMany({
      where: { teacherId: userId },
      select: { class: { select: classFields } },
    });
    // Not who put the account there (binned_by): that is the other person's act.
    const restoreBin = await tx.binnedAccount.findUnique({
      where: { userId },
      select: { kind: true, reason: true, binnedAt: true },
    });
    return { classes: [...learns.map(classAs('pupil')), ...teaches.map(classAs('teacher'))], restoreBin };
  },
};

// A pupil the school holds (row-level security): in one of its classes, or in its restore bin.
export async function isPupilOfThisSchool(tx: Tx, pupilId: string): Promise<boolean> {
  if ((await tx.classPupil.count({ where: { pupilId } })) > 0) return true;
  return (await tx.binnedAccount.count({ where: { userId: pupilId, kind: 'pupil' } })) > 0;
}
