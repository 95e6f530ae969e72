// Servers of the fault tests' own, beside the shared cluster's: an app instance or a Keycloak node
// started by the same scripts as app-1/app-2 and node-1/node-2 (scripts/app.sh, keycloak/start.sh),
// on ports of their own, against the cluster's PostgreSQL and behind no proxy. Only these are ever
// killed: the other test files keep using the shared ones meanwhile.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { cluster } from './cluster';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..', '..');
// The cluster's state folder (its secrets, pid files and logs): the one its logs are in.
const STATE = dirname(cluster.logs);

// What scripts/cluster.sh sets around its own servers, and no test setting of this process.
function clusterEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const passed = ['PATH', 'HOME', 'LANG', 'JAVA_HOME'].filter((name) => process.env[name]);
  return {
    ...Object.fromEntries(passed.map((name) => [name, process.env[name]])),
    SCHULID_STATE: STATE,
    PGPORT: new URL(cluster.keycloakDatabaseUrl).port,
    KEYCLOAK_PUBLIC_URL: cluster.keycloakUrl,
    APP_PUBLIC_URL: cluster.appUrl,
    TRUSTED_PROXIES: '127.0.0.1',
    EXPORT_DIR: join(STATE, 'exports'),
    ...extra,
  };
}

export type ExtraServer = { name: string; url: string; stop(): Promise<void>; kill(): void };

// SIGKILL to the server's whole process group (it runs in its own session: bash, tsx or kc.sh, and
// node or java), as the kernel's OOM killer or a pulled plug would end it: no shutdown at all.
function killGroup(name: string, state = STATE): void {
  const pid = Number(readFileSync(join(state, `${name}.pid`), 'utf8'));
  process.kill(-pid, 'SIGKILL');
}

// `settings` replace the cluster's (e.g. SCHULID_STATE and PGPORT of a PostgreSQL of its own).
export async function startExtraApp(
  name: string,
  port: number,
  settings: Record<string, string> = {},
): Promise<ExtraServer> {
  const env = clusterEnvironment({
    APP_NAME: name,
    APP_PORT: String(port),
    APP_INTERNAL_PORT: String(port + 1),
    ...settings,
  });
  const script = join(ROOT, 'scripts', 'app.sh');
  const stop = async () => void (await run('bash', [script, 'stop'], { env, timeout: 60_000 }));
  try {
    await run('bash', [script, 'restart'], { env, timeout: 90_000 });
  } catch (err) {
    await stop();
    throw err;
  }
  return { name, url: `http://127.0.0.1:${port}`, stop, kill: () => killGroup(name, env.SCHULID_STATE!) };
}

// A third Keycloak node, started as scripts/cluster.sh starts node 2: the cluster's cache settings,
// no realm import (the realms are in the shared database), the distribution already built. It joins
// node 1 and node 2 through the discovery table of their database.
export async function startExtraKeycloakNode(
  node: string,
  httpPort: number,
  jgroupsPort: number,
): Promise<ExtraServer> {
  const env = clusterEnvironment({
    KC_DOWNLOAD_DIR: join(dirname(STATE), 'cache'),
    KC_NODE: node,
    KC_HTTP_PORT: String(httpPort),
    KC_MANAGEMENT_PORT: String(httpPort + 1000),
    KC_CACHE: 'ispn',
    KC_CACHE_STACK: 'jdbc-ping',
    KC_CACHE_EMBEDDED_NETWORK_BIND_ADDRESS: '127.0.0.1',
    KC_CACHE_EMBEDDED_NETWORK_BIND_PORT: String(jgroupsPort),
    // The proxy's internal listener (scripts/cluster.sh's CLUSTER_INTERNAL_PORT), as for node 1 and 2.
    SCHULID_DECISION_URL: 'http://127.0.0.1:8481/internal/login-decisions',
    KC_IMPORT_REALM: 'false',
    KC_DIST_READY: 'true',
  });
  const script = join(ROOT, 'keycloak', 'start.sh');
  const name = `keycloak-${node}`;
  const stop = async () => void (await run('bash', [script, 'stop'], { env, timeout: 60_000 }));
  try {
    await run('bash', [script], { env, timeout: 240_000 });
  } catch (err) {
    await stop();
    throw err;
  }
  return { name, url: `http://127.0.0.1:${httpPort}`, stop, kill: () => killGroup(name) };
}
