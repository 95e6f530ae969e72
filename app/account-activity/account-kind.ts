import type { Role } from '../access';
import type { AccountKind } from './activity.repo';

// Staff ('teacher', as the restore bin names them) or pupil; null for accounts of no school
// (researchers, platform admins), which the inactivity rule does not touch.
export function accountKindOf(roles: readonly Role[]): AccountKind | null {
  if (roles.includes('teacher') || roles.includes('school-admin')) return 'teacher';
  return roles.includes('pupil') ? 'pupil' : null;
}
