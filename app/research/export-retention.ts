// Export files are kept EXPORT_RETENTION_DAYS, then deleted; the export's record (who, when,
// what, row counts, hashes) stays as the audit trail.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PrismaClient } from '../generated/prisma/client';
import { exportsWithFilesBefore, markFilesDeleted } from './studies.repo';

export async function deleteExpiredExportFiles(
  platform: PrismaClient,
  exportDir: string,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  const due = await exportsWithFilesBefore(platform, new Date(now.getTime() - retentionDays * 86_400_000));
  for (const { id } of due) {
    await rm(join(exportDir, id), { recursive: true, force: true });
    await markFilesDeleted(platform, id);
  }
  return due.length;
}
