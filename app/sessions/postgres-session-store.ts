// express-session store in PostgreSQL, built so that a request costs no database round trip:
//   - sessions are cached in memory per app instance;
//   - every write or delete is announced with NOTIFY, and every instance LISTENs and drops its
//     cached copy at once, so a logout on one instance holds on all of them;
//   - while the LISTEN connection is down the cache is bypassed (correct, just slower);
//   - expiry is absolute (10 h at most): `touch` writes nothing.
// Rows are keyed by a SHA-256 of the session id and their contents sealed with AES-GCM.
import { randomUUID } from 'node:crypto';
import session from 'express-session';
import pg, { type Pool } from 'pg';
import { sha256Hex, type Sealer } from '../lib/crypto';
import type { Logger } from '../lib/logger';
import { SessionCache } from './session-cache';

const CHANNEL = 'app_sessions_changed';
type Callback<T = void> = (err?: unknown, value?: T) => void;
type StoredSession = session.SessionData & { identity?: { userId: string; keycloakSid?: string } };

export class PostgresSessionStore extends session.Store {
  private readonly cache: SessionCache;
  private listener?: pg.Client;
  private isListening = false;
  private isClosed = false;
  private sweeper?: NodeJS.Timeout;
  // Notifications carry "<instance>:<key>", so an instance need not drop what it just wrote itself.
  private readonly instanceId = randomUUID();

  constructor(
    private readonly pool: Pool,
    private readonly listenConnectionString: string,
    private readonly sealer: Sealer,
    private readonly logger: Logger,
    cacheSize = 50_000,
  ) {
    super();
    this.cache = new SessionCache(cacheSize);
  }

  async start(): Promise<void> {
    await this.listen();
    this.sweeper = setInterval(() => void this.deleteExpired().catch(() => {}), 10 * 60_000);
    this.sweeper.unref();
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.listenConnectionString });
    client.on('notification', ({ payload }) => {
      const [instance, key] = (payload ?? '').split(':');
      if (key && instance !== this.instanceId) this.cache.invalidate(key);
    });
    client.on('error', () => {});
    client.on('end', () => {
      this.isListening = false;
      this.cache.clear();
      if (!this.isClosed) setTimeout(() => void this.listen().catch(() => {}), 1000).unref();
    });
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.isListening = true;
    } catch (err) {
      this.logger.warn({ err }, 'session change notifications unavailable; reading sessions from the database');
      await client.end().catch(() => {});
    }
  }

  override get(sid: string, callback: Callback<session.SessionData | null>): void {
    const key = sha256Hex(sid);
    const cached = this.isListening ? this.cache.get(key) : undefined;
    if (cached) return callback(undefined, JSON.parse(cached));
    this.logger.debug({ session: key.slice(0, 8) }, 'session cache miss');
    const readVersion = this.cache.readStarted();
    this.pool
      .query<{ data: string }>('SELECT data FROM app_sessions WHERE id = $1 AND expires_at > now()', [key])
      .then(({ rows }) => {
        if (!rows[0]) {
          this.logger.debug({ session: key.slice(0, 8) }, 'session not found');
          return callback(undefined, null);
        }
        const json = this.sealer.open(rows[0].data);
        if (this.isListening) this.cache.set(key, json, expiryOf(JSON.parse(json)), readVersion);
        callback(undefined, JSON.parse(json));
      })
      .catch((err) => callback(err));
  }

  override set(sid: string, data: session.SessionData, callback?: Callback): void {
    const key = sha256Hex(sid);
    const stored = data as StoredSession;
    const json = JSON.stringify(data);
    const expiresAt = new Date(expiryOf(data));
    this.pool
      .query(
        `WITH saved AS (
           INSERT INTO app_sessions (id, data, user_id, keycloak_sid, expires_at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (id) DO UPDATE SET data = $2, user_id = $3, keycloak_sid = $4, expires_at = $5
           RETURNING id)
         SELECT pg_notify('${CHANNEL}', $6::text || ':' || id) FROM saved`,
        [
          key,
          this.sealer.seal(json),
          stored.identity?.userId ?? null,
          stored.identity?.keycloakSid ?? null,
          expiresAt,
          this.instanceId,
        ],
      )
      .then(() => {
        if (this.isListening) this.cache.set(key, json, expiresAt.getTime());
        callback?.();
      })
      .catch((err) => callback?.(err));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.deleteWhere('id = $1', sha256Hex(sid))
      .then(() => callback?.())
      .catch((err) => callback?.(err));
  }

  override touch(_sid: string, _data: session.SessionData, callback?: Callback): void {
    callback?.();
  }

  // Back-channel logout: every app session of one Keycloak session, or of one user.
  destroyByKeycloakSession(keycloakSid: string): Promise<number> {
    return this.deleteWhere('keycloak_sid = $1', keycloakSid);
  }
  destroyByUser(userId: string): Promise<number> {
    return this.deleteWhere('user_id = $1', userId);
  }
  // Every app session of the user but the one making the request (when there is one).
  destroyOtherSessionsOfUser(userId: string, keptSid: string | undefined): Promise<number> {
    if (!keptSid) return this.destroyByUser(userId);
    return this.deleteWhere('user_id = $1 AND id <> $3', userId, sha256Hex(keptSid));
  }

  private async deleteWhere(condition: string, value: string, ...more: string[]): Promise<number> {
    this.logger.debug({ condition }, 'sessions deleted');
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH gone AS (DELETE FROM app_sessions WHERE ${condition} RETURNING id)
       SELECT id, pg_notify('${CHANNEL}', $2::text || ':' || id) FROM gone`,
      [value, this.instanceId, ...more],
    );
    for (const row of rows) this.cache.invalidate(row.id);
    return rows.length;
  }

  async deleteExpired(): Promise<number> {
    const result = await this.pool.query('DELETE FROM app_sessions WHERE expires_at <= now()');
    return result.rowCount ?? 0;
  }

  async close(): Promise<void> {
    this.isClosed = true;
    clearInterval(this.sweeper);
    this.cache.clear();
    await this.listener?.end().catch(() => {});
  }
}

function expiryOf(data: session.SessionData): number {
  const expires = data.cookie?.expires;
  return expires ? new Date(expires).getTime() : Date.now() + 60_000;
}
