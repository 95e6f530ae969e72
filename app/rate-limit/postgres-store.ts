// express-rate-limit store with its counters in PostgreSQL, so that every app instance counts
// against the same limit. Counting every hit in the database made one hot row per client address
// (a whole school shares one) the bottleneck of every API request, so:
//   - while a client is well below its limit (under half), hits are counted in memory and added to
//     the shared counter in one upsert per key every FLUSH_MS;
//   - from half the limit on, and for a client's first hit in a window, every hit goes to the
//     database at once, so the limit itself is exact across instances.
// Keys are hashes of limiter and client address: the table never holds an IP address.
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';

const FLUSH_MS = 500;

const ADD_HITS = `
  INSERT INTO rate_limit_counters AS c (key, window_end, hits)
  VALUES ($1, now() + make_interval(secs => $2::float8 / 1000), $3)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_end <= now() THEN $3 ELSE c.hits + $3 END,
    window_end = CASE WHEN c.window_end <= now() THEN EXCLUDED.window_end ELSE c.window_end END
  RETURNING hits, window_end`;

type Local = { known: number; pending: number; resetTime: Date };

export class PostgresRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private limit = Number.POSITIVE_INFINITY;
  private readonly local = new Map<string, Local>();
  private flusher?: NodeJS.Timeout;
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly pool: Pool,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
    this.limit = typeof options.limit === 'number' ? options.limit : Number.POSITIVE_INFINITY;
    this.flusher = setInterval(() => void this.flush().catch(() => {}), FLUSH_MS);
    this.flusher.unref();
    // Ended windows are deleted now and then; any instance may do it, it is cheap and idempotent.
    this.sweeper = setInterval(() => void this.sweep().catch(() => {}), Math.max(this.windowMs, 60_000));
    this.sweeper.unref();
  }

  private dbKey(key: string): string {
    return createHash('sha256').update(`${this.prefix}\0${key}`).digest('base64url');
  }

  private async addHits(dbKey: string, hits: number): Promise<Local> {
    const { rows } = await this.pool.query<{ hits: number; window_end: Date }>(ADD_HITS, [dbKey, this.windowMs, hits]);
    // Hits counted locally while the upsert ran stay pending (they are not in the database yet).
    const pending = this.local.get(dbKey)?.pending ?? 0;
    const entry = { known: rows[0]!.hits, pending, resetTime: rows[0]!.window_end };
    this.local.set(dbKey, entry);
    return entry;
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { rows } = await this.pool.query<{ hits: number; window_end: Date }>(
      'SELECT hits, window_end FROM rate_limit_counters WHERE key = $1 AND window_end > now()',
      [this.dbKey(key)],
    );
    return rows[0] && { totalHits: rows[0].hits, resetTime: rows[0].window_end };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const dbKey = this.dbKey(key);
    const entry = this.local.get(dbKey);
    const isWindowOver = !entry || entry.resetTime.getTime() <= Date.now();
    if (isWindowOver || entry.known + entry.pending + 1 >= this.limit / 2) {
      const pending = entry && !isWindowOver ? entry.pending : 0;
      // Taken out of the local count before the upsert: concurrent requests must not add them again.
      if (entry) entry.pending = 0;
      const fresh = await this.addHits(dbKey, pending + 1);
      return { totalHits: fresh.known, resetTime: fresh.resetTime };
    }
    entry.pending += 1;
    return { totalHits: entry.known + entry.pending, resetTime: entry.resetTime };
  }

  async flush(): Promise<void> {
    const due = [...this.local].filter(([, entry]) => entry.pending > 0);
    for (const [dbKey, entry] of due) {
      const hits = entry.pending;
      entry.pending = 0;
      await this.addHits(dbKey, hits).catch(() => void (entry.pending += hits));
    }
    for (const [dbKey, entry] of this.local)
      if (entry.pending === 0 && entry.resetTime.getTime() <= Date.now()) this.local.delete(dbKey);
  }

  async decrement(key: string): Promise<void> {
    const dbKey = this.dbKey(key);
    this.local.delete(dbKey);
    await this.pool.query('UPDATE rate_limit_counters SET hits = greatest(hits - 1, 0) WHERE key = $1', [dbKey]);
  }

  async resetKey(key: string): Promise<void> {
    const dbKey = this.dbKey(key);
    this.local.delete(dbKey);
    await this.pool.query('DELETE FROM rate_limit_counters WHERE key = $1', [dbKey]);
  }

  async sweep(): Promise<void> {
    await this.pool.query("DELETE FROM rate_limit_counters WHERE window_end < now() - interval '1 minute'");
  }

  shutdown(): void {
    clearInterval(this.flusher);
    clearInterval(this.sweeper);
  }
}
