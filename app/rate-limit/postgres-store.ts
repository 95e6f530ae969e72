// express-rate-limit store with its counters in PostgreSQL, so that every app instance counts
// against the same limit. One statement per hit (an upsert that also starts a new window when the
// old one has ended), no table locks. Raw `pg` because this runs on every API request.
//
// Why not @acpr/rate-limit-postgresql: it locks a shared table on every hit, creates its own
// tables and a `migrations` table at runtime (drift for Prisma, CREATE rights for the app role)
// and does not await that set-up.
import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import type { ClientRateLimitInfo, Options, Store } from 'express-rate-limit';

const INCREMENT = `
  INSERT INTO rate_limit_counters AS c (key, window_end, hits)
  VALUES ($1, now() + make_interval(secs => $2::float8 / 1000), 1)
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_end <= now() THEN 1 ELSE c.hits + 1 END,
    window_end = CASE WHEN c.window_end <= now() THEN EXCLUDED.window_end ELSE c.window_end END
  RETURNING hits, window_end`;

export class PostgresRateLimitStore implements Store {
  readonly localKeys = false;
  private windowMs = 60_000;
  private sweeper?: NodeJS.Timeout;

  constructor(
    private readonly pool: Pool,
    readonly prefix: string,
  ) {}

  init(options: Options): void {
    this.windowMs = options.windowMs;
    // Ended windows are deleted now and then; any instance may do it, it is cheap and idempotent.
    this.sweeper = setInterval(() => void this.sweep().catch(() => {}), Math.max(this.windowMs, 60_000));
    this.sweeper.unref();
  }

  // Clients are counted under a hash of prefix and key: the table never holds an IP address.
  private dbKey(key: string): string {
    return createHash('sha256').update(`${this.prefix}\0${key}`).digest('base64url');
  }

  async get(key: string): Promise<ClientRateLimitInfo | undefined> {
    const { rows } = await this.pool.query<{ hits: number; window_end: Date }>(
      'SELECT hits, window_end FROM rate_limit_counters WHERE key = $1 AND window_end > now()',
      [this.dbKey(key)],
    );
    return rows[0] && { totalHits: rows[0].hits, resetTime: rows[0].window_end };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const { rows } = await this.pool.query<{ hits: number; window_end: Date }>(INCREMENT, [this.dbKey(key), this.windowMs]);
    const row = rows[0]!;
    return { totalHits: row.hits, resetTime: row.window_end };
  }

  async decrement(key: string): Promise<void> {
    await this.pool.query('UPDATE rate_limit_counters SET hits = greatest(hits - 1, 0) WHERE key = $1', [this.dbKey(key)]);
  }

  async resetKey(key: string): Promise<void> {
    await this.pool.query('DELETE FROM rate_limit_counters WHERE key = $1', [this.dbKey(key)]);
  }

  async sweep(): Promise<void> {
    await this.pool.query("DELETE FROM rate_limit_counters WHERE window_end < now() - interval '1 minute'");
  }

  shutdown(): void {
    clearInterval(this.sweeper);
  }
}
