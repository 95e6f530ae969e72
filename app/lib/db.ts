// Two Prisma clients, two PostgreSQL roles:
//   schoolDb  the request path (the app role). Its role cannot bypass row-level security: inside `inSchool` it sees
//             and changes only that school's rows; outside it, school-scoped tables look empty.
//   platform  platform-wide work (the platform role) (retention jobs, research exports, seeding), every school.
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient, type Prisma } from '../generated/prisma/client';
import { AppError } from './errors';

export type Tx = Prisma.TransactionClient;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A connection lost under the app (database restart, failover) must not crash the process: pg
// emits 'error' on the client, and the pool listens only while the client is idle. A client that
// is checked out — held by a transaction between two statements — would throw it unhandled. Its
// pending query fails on its own (answered 503, db-unavailable.ts) and the pool drops the client.
export function createPool(connectionString: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  return pool;
}

// Runs `work` in one transaction whose school is `schoolId` (transaction-local, so a pooled
// connection never carries it into another request). Everything `work` does, including audit rows,
// commits or rolls back together.
export async function inSchool<T>(
  db: PrismaClient,
  schoolId: string,
  work: (tx: Tx) => Promise<T>,
  options: { timeoutMs?: number } = {},
): Promise<T> {
  if (!UUID.test(schoolId)) throw AppError.badRequest('Invalid school id');
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.school_id', ${schoolId}, true)`;
      return work(tx);
    },
    // maxWait: how long to wait for a connection to begin the transaction (Prisma's default, 2 s, gave
    // 503s to requests queued behind a row lock on a loaded 2-core machine).
    { timeout: options.timeoutMs ?? 10_000, maxWait: 5_000 },
  );
}

// `schoolDb` and `appPool` share one pool of the app role: Prisma for the domain code, the raw pool
// for the few hot paths where Prisma's own overhead shows (rate-limit counters).
export type Databases = { schoolDb: PrismaClient; appPool: pg.Pool; platform: PrismaClient; platformPool: pg.Pool };

export function createDatabases(config: {
  DATABASE_URL: string;
  PLATFORM_DATABASE_URL: string;
  DATABASE_POOL_SIZE: number;
}): Databases {
  const appPool = createPool(config.DATABASE_URL, config.DATABASE_POOL_SIZE);
  // The platform role serves Keycloak's login decisions (a hot path at 8:00) besides the jobs.
  const platformPool = createPool(config.PLATFORM_DATABASE_URL, config.DATABASE_POOL_SIZE);
  return {
    schoolDb: new PrismaClient({ adapter: new PrismaPg(appPool) }),
    appPool,
    platform: new PrismaClient({ adapter: new PrismaPg(platformPool) }),
    platformPool,
  };
}

export async function closeDatabases(dbs: Databases): Promise<void> {
  await Promise.all([dbs.schoolDb.$disconnect(), dbs.platform.$disconnect()]);
  await Promise.all([dbs.appPool.end(), dbs.platformPool.end()]);
}

// Work for one user: in their school's context, or, for users of no school (researchers), through
// the platform role — the caller then filters by user id itself.
export async function inSchoolOrPlatform<T>(
  dbs: Databases,
  schoolId: string | null,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  return schoolId ? inSchool(dbs.schoolDb, schoolId, work) : dbs.platform.$transaction(work);
}
