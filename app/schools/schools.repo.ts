import type { PrismaClient } from '../generated/prisma/client';
import type { Tx } from '../lib/db';

const schoolFields = {
  id: true,
  slug: true,
  name: true,
  isTwoFactorRequiredForAll: true,
  isTermsAcceptanceRequired: true,
  isPrivateAddressLoginAllowed: true,
  isUnknownCountryLoginAllowed: true,
  createdAt: true,
} as const;

export function insertSchool(tx: Tx, data: { slug: string; name: string }) {
  return tx.school.create({ data, select: schoolFields });
}

export function findSchoolBySlug(db: PrismaClient | Tx, slug: string) {
  return db.school.findUnique({ where: { slug }, select: schoolFields });
}

// Deliberately unfiltered: row-level security decides which schools the caller sees.
export function findVisibleSchools(tx: Tx) {
  return tx.school.findMany({ select: schoolFields, orderBy: { createdAt: 'asc' } });
}

export function updateSchoolName(tx: Tx, id: string, name: string) {
  return tx.school.update({ where: { id }, data: { name }, select: schoolFields });
}

export function updateTwoFactorForAll(tx: Tx, id: string, isRequired: boolean) {
  return tx.school.update({ where: { id }, data: { isTwoFactorRequiredForAll: isRequired }, select: schoolFields });
}

const privacyContactFields = { controllerContact: true, dpoName: true, dpoContact: true } as const;

export function findPrivacyContacts(tx: Tx, id: string) {
  return tx.school.findUnique({ where: { id }, select: privacyContactFields });
}

export function updatePrivacyContacts(
  tx: Tx,
  id: string,
  contacts: { controllerContact: string | null; dpoName: string | null; dpoContact: string | null },
) {
  return tx.school.update({ where: { id }, data: contacts, select: privacyContactFields });
}

// For the public privacy notice: what a school tells everybody (its name and privacy contacts).
export function findSchoolNotice(platform: PrismaClient, where: { slug: string } | { id: string }) {
  return platform.school.findUnique({
    where,
    select: { id: true, slug: true, name: true, inactivityMonths: true, ...privacyContactFields },
  });
}

export function updateTermsAcceptance(tx: Tx, id: string, isRequired: boolean) {
  return tx.school.update({ where: { id }, data: { isTermsAcceptanceRequired: isRequired }, select: schoolFields });
}
