// Once per test run: start (or reuse) PostgreSQL and Keycloak, migrate the test database, and hand
// its settings to the test workers through the environment.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export default function globalSetup(): void {
  execFileSync('bash', [join(ROOT, 'scripts', 'stack.sh'), 'test'], { stdio: ['ignore', 'inherit', 'inherit'] });
  const lines = execFileSync('bash', [join(ROOT, 'scripts', 'print-env.sh'), 'schulid_test'], { encoding: 'utf8' });
  for (const line of lines.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) process.env[line.slice(0, at)] = line.slice(at + 1);
  }
  // Names this run: the clustered stack (test/cluster/) restarts no app instance within one run.
  process.env.SCHULID_TEST_RUN = randomUUID();
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL = 'silent';
}
