// A PostgreSQL of one test file's own, started by the same script as the cluster's
// (scripts/postgres.sh) in a state folder beside the cluster's, with the cluster's secrets (so
// that app instances on it use the same Keycloak clients) and the app's migrations applied. A test
// may restart or stop it: no other test file, and no Keycloak node, uses it.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { cluster } from './cluster';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
const CLUSTER_STATE = dirname(cluster.logs);

export type PrivatePostgres = {
  // What scripts/app.sh needs to run an app instance on it.
  appSettings: Record<string, string>;
  // The app's three roles on its `schulid` database.
  urls: { app: string; platform: string; migration: string };
  // `pg_ctl restart -m fast`: connections are cut, the server is back when this resolves.
  restart(): Promise<void>;
  // One statement as the server's superuser (through its socket); its output, unaligned.
  asSuperuser(sql: string): Promise<string>;
  stop(): Promise<void>;
};

const secretOf = (secrets: string, name: string) => {
  const line = secrets.split('\n').find((entry) => entry.startsWith(`${name}=`));
  if (!line) throw new Error(`${name} is missing from the cluster's secrets`);
  return line.slice(name.length + 1);
};

export async function startPrivatePostgres(name: string, port: number): Promise<PrivatePostgres> {
  const state = join(CLUSTER_STATE, name);
  mkdirSync(state, { recursive: true });
  if (!existsSync(join(state, 'secrets.env')))
    copyFileSync(join(CLUSTER_STATE, 'secrets.env'), join(state, 'secrets.env'));
  const passed = ['PATH', 'HOME', 'LANG'].filter((key) => process.env[key]);
  const env = {
    ...Object.fromEntries(passed.map((key) => [key, process.env[key]])),
    SCHULID_STATE: state,
    PGPORT: String(port),
  };
  const script = (file: string, ...args: string[]) =>
    run('bash', [join(ROOT, 'scripts', file), ...args], { env, cwd: ROOT, timeout: 180_000 });
  await script('postgres.sh');
  const secrets = readFileSync(join(state, 'secrets.env'), 'utf8');
  const url = (role: string, secret: string) =>
    `postgresql://${role}:${secretOf(secrets, secret)}@127.0.0.1:${port}/schulid`;
  const urls = {
    app: url('schulid_app', 'PG_APP_PASSWORD'),
    platform: url('schulid_platform', 'PG_PLATFORM_PASSWORD'),
    migration: url('schulid_migrator', 'PG_MIGRATOR_PASSWORD'),
  };
  await run(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'scripts', 'migrate.ts')], {
    env: { ...env, MIGRATION_DATABASE_URL: urls.migration },
    cwd: ROOT,
    timeout: 180_000,
  });

  const pgdata = readFileSync(join(state, 'pgdata.path'), 'utf8').trim();
  const bin = readdirSync('/usr/lib/postgresql')
    .sort((a, b) => Number(a) - Number(b))
    .map((version) => join('/usr/lib/postgresql', version, 'bin'))
    .pop()!;
  const asPostgres = (command: string, ...args: string[]) =>
    process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', command, ...args]) : run(command, args);
  return {
    appSettings: { SCHULID_STATE: state, PGPORT: String(port) },
    urls,
    restart: async () =>
      void (await asPostgres(
        join(bin, 'pg_ctl'),
        '-D',
        pgdata,
        '-l',
        join(pgdata, 'server.log'),
        '-m',
        'fast',
        '-w',
        '-t',
        '60',
        'restart',
      )),
    asSuperuser: async (sql) =>
      (
        await asPostgres(
          join(bin, 'psql'),
          '-h',
          pgdata,
          '-p',
          String(port),
          '-U',
          'postgres',
          '-d',
          'postgres',
          '-Atc',
          sql,
        )
      ).stdout,
    stop: async () => void (await script('postgres.sh', 'stop')),
  };
}
