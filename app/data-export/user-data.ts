// Every domain's declaration of what it holds about a user, read in this order into one export.
// A test compares the declared columns with every column of the database that holds a user id.
import { ACCOUNT_ACTIVITY_USER_DATA } from '../account-activity';
import { CLASSES_USER_DATA } from '../classes';
import { COUNTRY_RESTRICTION_USER_DATA } from '../country-restriction';
import { LEARNING_USER_DATA } from '../learning';
import { MESSAGES_USER_DATA } from '../messages';
import type { DataSubject, ExportSource } from '../privacy';
import { RESEARCH_USER_DATA } from '../research';
import { SCHOOLS_USER_DATA } from '../schools';
import { SESSIONS_USER_DATA } from '../sessions';

export const USER_DATA = [
  CLASSES_USER_DATA,
  LEARNING_USER_DATA,
  MESSAGES_USER_DATA,
  COUNTRY_RESTRICTION_USER_DATA,
  SESSIONS_USER_DATA,
  RESEARCH_USER_DATA,
  SCHOOLS_USER_DATA,
  ACCOUNT_ACTIVITY_USER_DATA,
] as const;

// Columns with a user id that are not exported, with the reason; a test fails on any other.
export const USER_COLUMNS_NOT_EXPORTED: Record<string, string> = {
  'audit_events.actor_id':
    'administrative acts: their rows name other people (the targets); pseudonymous, kept 56 days',
  'binned_accounts.binned_by': 'who deleted an account: another person’s act (the account’s bin entry is exported)',
  'research_objections.recorded_by': 'who recorded an objection: another person’s act (the objection is exported)',
  'study_schools.decided_by': 'the school’s decision on a study, shown to its admins on /schule',
  'frozen_accounts.frozen_by': 'who froze an account: the school admin’s act (the freeze itself is exported)',
  'studies.created_by': 'platform work: which platform admin set up a study',
  'study_exports.requested_by': 'platform work: which researcher requested an export (shown in the study’s exports)',
};

type Sections<T> = (T extends { read: (...args: never[]) => Promise<infer R> } ? (part: R) => void : never) extends (
  part: infer I,
) => void
  ? I
  : never;

export type UserSections = Sections<(typeof USER_DATA)[number]>;

export async function readUserData(source: ExportSource, subject: DataSubject): Promise<UserSections> {
  const sections = {};
  // One after the other: the reads share one transaction (one connection).
  for (const domain of USER_DATA) Object.assign(sections, await domain.read(source, subject));
  return sections as UserSections;
}
