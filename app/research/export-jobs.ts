// Runs export jobs in this process, one at a time (an export is heavy on the database; a queue of
// them must not starve the request path). A job is claimed atomically in the database, so with
// several app instances each export still runs once. On start, queued exports are picked up and
// ones left running by a process that ended are marked failed.
import { failAbandonedExports, queuedExportIds } from './studies.repo';
import { runExport, type ExportDeps } from './export-job';

export class ExportJobs {
  private chain: Promise<void> = Promise.resolve();
  private isStopped = false;

  constructor(private readonly deps: ExportDeps) {}

  enqueue(exportId: string): void {
    if (this.isStopped) return;
    this.chain = this.chain.then(() => (this.isStopped ? undefined : runExport(this.deps, exportId))).catch(() => {});
  }

  async start(): Promise<void> {
    await failAbandonedExports(this.deps.platform, new Date(Date.now() - 2 * 60_000));
    for (const { id } of await queuedExportIds(this.deps.platform)) this.enqueue(id);
  }

  // Lets the running export finish (graceful shutdown); queued ones stay queued for the next start.
  async stop(): Promise<void> {
    this.isStopped = true;
    await this.chain;
  }

  // Resolves when every export enqueued so far has ended (tests, benchmarks).
  idle(): Promise<void> {
    return this.chain;
  }
}
