// The end of an export that is released: inside its snapshot, which attempts it released (kept for
// later exports' linkage check) and which classes it carried; then, in one transaction of the
// platform, the classes (read by their teachers and school admins), an audit row in every school
// and the status "ready" with the manifest.
import type { PoolClient } from 'pg';
import type { PrismaClient } from '../generated/prisma/client';
import { RECORD_SUPPRESSED } from './export-cross-study';
import { NO_CLASS, RECORD_RELEASED, RELEASED_CLASSES } from './export-query.sql';

export async function recordRelease(
  platform: PrismaClient,
  client: PoolClient,
  ids: { exportId: string; studyId: string; requestedBy: string },
  options: { format: string; coarsening: string; from: string; to: string },
  manifest: object,
  rows: number,
) {
  await client.query(RECORD_RELEASED, [ids.exportId]);
  await client.query(RECORD_SUPPRESSED, [ids.exportId]);
  const classes = (await client.query<{ school_id: string; class_id: string; rows: number }>(RELEASED_CLASSES)).rows;
  await client.query('COMMIT');
  await platform.$transaction(async (tx) => {
    await tx.studyExportClass.createMany({
      data: classes.map((c) => ({
        exportId: ids.exportId,
        schoolId: c.school_id,
        classId: c.class_id === NO_CLASS ? null : c.class_id,
        rows: c.rows,
      })),
    });
    const perSchool = new Map<string, number>();
    for (const c of classes) perSchool.set(c.school_id, (perSchool.get(c.school_id) ?? 0) + c.rows);
    await tx.auditEvent.createMany({
      data: [...perSchool].map(([schoolId, schoolRows]) => ({
        schoolId,
        actorId: ids.requestedBy,
        action: 'research.exported',
        targetType: 'study',
        targetId: ids.studyId,
        details: {
          exportId: ids.exportId,
          rows: schoolRows,
          format: options.format,
          timeCoarsening: options.coarsening,
          from: options.from,
          to: options.to,
        },
      })),
    });
    const done = await tx.studyExport.updateMany({
      where: { id: ids.exportId, status: 'running' },
      data: { status: 'ready', rowsDone: rows, manifest, finishedAt: new Date() },
    });
    if (done.count !== 1) throw new Error('the export was marked abandoned meanwhile');
  });
}
