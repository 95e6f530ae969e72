// Loaded first by ./cluster.ts, for its side effect: the clustered stack up (scripts/cluster.sh
// starts what is down and returns at once when all is up; two test files asking at once wait for
// each other) and this test file's process.env pointed at it — before test/support/keycloak.ts
// loads, which reads KEYCLOAK_URL then. Jest gives every test file its own process.env, so the
// other test files keep the tests' own stack.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const SCRIPT = join(__dirname, '..', '..', '..', 'scripts', 'cluster.sh');
// The servers get none of this process's test settings (its database, NODE_ENV, LOG_LEVEL=silent):
// only what finds the programs, and the run's name.
const PASSED = ['PATH', 'HOME', 'LANG', 'JAVA_HOME', 'SCHULID_STATE', 'SCHULID_TEST_RUN'];
const environment = Object.fromEntries(PASSED.filter((name) => process.env[name]).map((n) => [n, process.env[n]]));

try {
  execFileSync('bash', [SCRIPT, 'start'], { encoding: 'utf8', env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
} catch (err) {
  const { stdout, stderr } = err as { stdout?: string; stderr?: string };
  throw new Error(`scripts/cluster.sh start failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: err });
}
for (const line of execFileSync('bash', [SCRIPT, 'env'], { encoding: 'utf8', env: environment }).split('\n')) {
  const at = line.indexOf('=');
  if (at > 0) process.env[line.slice(0, at)] = line.slice(at + 1);
}
// The apps reach Keycloak through the proxy (KEYCLOAK_URL as printed). The tests' fixtures act as
// the operator, with the master realm's bootstrap admin, which the proxy never serves: they talk
// to node 1 directly.
process.env.KEYCLOAK_URL = process.env.CLUSTER_KEYCLOAK_NODES!.split(' ')[0];
