// Each test makes its own schools, so tests never depend on each other or on order.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '../../app/generated/prisma/client';
import { createSchool } from '../../app/schools';

export function uniqueSlug(prefix = 'school'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

export function createTestSchool(platform: PrismaClient, name = 'Testschule') {
  return createSchool(platform, { slug: uniqueSlug(), name }, null);
}
