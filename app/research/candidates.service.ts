// Whom a platform admin can put into a new study: the realm's researchers (from Keycloak) and the
// platform's schools (from the database), by name. createStudy checks the ids it gets again.
import type { StudyDeps } from './studies.service';
import { listSchoolNames } from './studies.repo';

export function researchersToPick(deps: Pick<StudyDeps, 'keycloak'>) {
  return deps.keycloak.listUsersWithRealmRole('researcher');
}

export function schoolsToPick(deps: Pick<StudyDeps, 'platform'>) {
  return listSchoolNames(deps.platform);
}
