// Optional per school: terms of use confirmed at the next login (Keycloak's TERMS_AND_CONDITIONS
// required action, its text in our login theme, with the link to the privacy notice). Switching it
// on asks every account of the school that has not accepted yet; accounts made later get it at
// creation (termsActionsFor). Switching it off takes the question away from those who have not
// answered. Saved, audited and followed in Keycloak as every school-wide switch (school-switch.ts).
import type { PrismaClient } from '../generated/prisma/client';
import { TERMS_ACCEPTED_ATTRIBUTE, TERMS_ACTION, type KeycloakAdmin } from '../keycloak';
import type { Tx } from '../lib/db';
import { switchSchoolSetting } from './school-switch';
import { findVisibleSchools, updateTermsAcceptance } from './schools.repo';

// The required actions a new account of the school starts with, besides its own.
export async function termsActionsFor(tx: Tx): Promise<string[]> {
  const [school] = await findVisibleSchools(tx);
  return school?.isTermsAcceptanceRequired ? [TERMS_ACTION] : [];
}

async function syncMember(keycloak: KeycloakAdmin, userId: string, isRequired: boolean) {
  const user = await keycloak.getUser(userId);
  if (!user) return;
  const actions = user.requiredActions.filter((action) => action !== TERMS_ACTION);
  const hasAccepted = (user.attributes?.[TERMS_ACCEPTED_ATTRIBUTE] ?? []).length > 0;
  const wanted = isRequired && !hasAccepted ? [...actions, TERMS_ACTION] : actions;
  if (wanted.length !== user.requiredActions.length) await keycloak.setRequiredActions(userId, wanted);
}

export async function setTermsAcceptance(
  db: PrismaClient,
  keycloak: KeycloakAdmin,
  schoolId: string,
  actorId: string,
  isRequired: boolean,
) {
  const change = {
    schoolId,
    actorId,
    action: isRequired ? 'school.terms.enabled' : 'school.terms.disabled',
    save: (tx: Tx) => updateTermsAcceptance(tx, schoolId, isRequired),
  };
  return switchSchoolSetting(db, change, async (school) => {
    const orgId = await keycloak.findOrganizationId(school.slug);
    const members = orgId ? await keycloak.listOrganizationMemberIds(orgId) : [];
    for (const userId of members) await syncMember(keycloak, userId, isRequired);
  });
}
