// The job's own status while it runs: the heartbeat that tells other instances it is alive, and
// the end of an export that is not released (refused or failed, with what the researcher reads).
// Only a running export ends this way: one marked abandoned meanwhile keeps that status.
import type { PrismaClient } from '../generated/prisma/client';
import type { LinkageReport } from './export-linkage';
import type { GroupRisk } from './export-suppression';

export function smallGroupsProblem(groups: GroupRisk, k: number): string {
  return (
    `${groups.groups_below_k} group(s) of school, class, grade and time have fewer than ${k} pupils ` +
    `(smallest: ${groups.smallest_group}). ` +
    'Ask for suppression of small groups, or a wider range; the time coarsening is fixed per study.'
  );
}

export function linkageProblem(linkage: LinkageReport): string {
  return (
    `The linkage check singles out more than ${linkage.thresholdPercent} % of the pupils ` +
    `(the school's records: ${linkage.school.sharePercent} %, other studies' exports: ` +
    `${linkage.otherStudies.sharePercent} %, this study's earlier exports: ` +
    `${linkage.earlierExportsOfStudy.sharePercent} %). Ask for a narrower export or suppression of small groups.`
  );
}

export async function finish(
  deps: { platform: PrismaClient },
  exportId: string,
  status: 'refused' | 'failed',
  data: { problem: string; riskReport?: object },
) {
  await deps.platform.studyExport.updateMany({
    where: { id: exportId, status: 'running' },
    data: { status, ...data, finishedAt: new Date() },
  });
}

export function beat(platform: PrismaClient, exportId: string) {
  return platform.studyExport.updateMany({
    where: { id: exportId, status: 'running' },
    data: { heartbeatAt: new Date() },
  });
}
