// Every table with a pupil's data, each declared by the domain that owns it; deleting pupils runs
// them all in one transaction, the class membership last. Audit rows are kept on purpose: they hold
// pseudonymous ids only and have their own retention.
import { ACCOUNT_ACTIVITY_PUPIL_DATA } from '../account-activity';
import { COUNTRY_RESTRICTION_PUPIL_DATA } from '../country-restriction';
import { LEARNING_PUPIL_DATA } from '../learning';
import type { Tx } from '../lib/db';
import { MESSAGES_PUPIL_DATA } from '../messages';
import type { PupilData } from '../privacy';
import { RESEARCH_PUPIL_DATA } from '../research';
import { SCHOOLS_PUPIL_DATA } from '../schools';
import { SESSIONS_PUPIL_DATA } from '../sessions';

const CLASSES_PUPIL_DATA: PupilData[] = [
  {
    table: 'class_pupils',
    column: 'pupil_id',
    erase: (tx, pupilIds) => tx.classPupil.deleteMany({ where: { pupilId: { in: pupilIds } } }),
  },
  {
    table: 'binned_accounts',
    column: 'user_id',
    erase: (tx, pupilIds) => tx.binnedAccount.deleteMany({ where: { userId: { in: pupilIds } } }),
  },
];

export const PUPIL_DATA: readonly PupilData[] = [
  ...LEARNING_PUPIL_DATA,
  ...MESSAGES_PUPIL_DATA,
  ...COUNTRY_RESTRICTION_PUPIL_DATA,
  ...RESEARCH_PUPIL_DATA,
  ...SESSIONS_PUPIL_DATA,
  ...SCHOOLS_PUPIL_DATA,
  ...ACCOUNT_ACTIVITY_PUPIL_DATA,
  ...CLASSES_PUPIL_DATA,
];

// Kept, with the reason; a test fails on any other pupil or user column not erased above.
export const PUPIL_COLUMNS_KEPT: Record<string, string> = {
  'audit_events.actor_id': 'who did an administrative act (a pseudonymous id); the audit log has its own retention',
  'frozen_accounts.frozen_by': "which school admin froze an account: the admin's act, gone with the freeze",
};

export async function erasePupils(tx: Tx, pupilIds: string[]): Promise<void> {
  if (pupilIds.length === 0) return;
  for (const data of PUPIL_DATA) await data.erase(tx, pupilIds);
}
