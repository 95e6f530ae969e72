// The school's privacy contacts: the school is the controller of its pupils' data (the platform
// processes it on the school's behalf), and names its data protection officer. Shown on the
// privacy notice (/datenschutz); changed by a school admin, audited in the same transaction.
import { recordAudit } from '../audit';
import type { PrismaClient } from '../generated/prisma/client';
import { inSchool } from '../lib/db';
import { AppError } from '../lib/errors';
import { findPrivacyContacts, updatePrivacyContacts } from './schools.repo';
import type { z } from 'zod';
import type { ZPrivacyContacts } from './schools.schemas';

export async function readPrivacyContacts(db: PrismaClient, schoolId: string) {
  const contacts = await inSchool(db, schoolId, (tx) => findPrivacyContacts(tx, schoolId));
  if (!contacts) throw AppError.notFound('School not found');
  return contacts;
}

export function setPrivacyContacts(
  db: PrismaClient,
  schoolId: string,
  actorId: string,
  contacts: z.output<typeof ZPrivacyContacts>,
) {
  return inSchool(db, schoolId, async (tx) => {
    const saved = await updatePrivacyContacts(tx, schoolId, contacts);
    await recordAudit(tx, {
      schoolId,
      actorId,
      action: 'school.privacy_contacts.changed',
      targetType: 'school',
      targetId: schoolId,
    });
    return saved;
  });
}
