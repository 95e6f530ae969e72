// Runs export jobs in this process, one at a time (an export is heavy on the database; a queue of
// them must not starve the request path). A job is claimed atomically in the database, so with
// several app instances each export still runs once. At start and every minute: queued exports
// are picked up, and ones whose job stopped beating (process ended) are failed, their files removed.
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { failAbandonedExports, queuedExportIds } from './studies.repo';
import { runExport, type ExportDeps } from './export-job';

export class ExportJobs {
  private chain: Promise<void> = Promise.resolve();
  private isStopped = false;
  private sweeper?: NodeJS.Timeout;
  private readonly queued = new Set<string>();

  constructor(private readonly deps: ExportDeps) {}

  enqueue(exportId: string): void {
    if (this.isStopped || this.queued.has(exportId)) return;
    this.queued.add(exportId);
    this.chain = this.chain
      .then(() => (this.isStopped ? undefined : runExport(this.deps, exportId)))
      .catch(() => {})
      .finally(() => this.queued.delete(exportId));
  }

  async start(): Promise<void> {
    await this.sweep();
    this.sweeper = setInterval(
      () => void this.sweep().catch((err) => this.deps.logger.warn({ err }, 'export sweep failed')),
      60_000,
    );
    this.sweeper.unref();
  }

  private async sweep(): Promise<void> {
    for (const id of await failAbandonedExports(this.deps.platform, new Date(Date.now() - 2 * 60_000))) {
      await rm(join(this.deps.exportDir, id), { recursive: true, force: true });
    }
    for (const { id } of await queuedExportIds(this.deps.platform)) this.enqueue(id);
  }

  // Lets the running export finish (graceful shutdown); queued ones stay queued for the next start.
  async stop(): Promise<void> {
    this.isStopped = true;
    clearInterval(this.sweeper);
    await this.chain;
  }
}
