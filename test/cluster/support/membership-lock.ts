// The Keycloak cluster's membership as one test file may change it and another reads it: a test
// that adds a node (faults.test.ts) holds this lock exclusively for as long as the node is in the
// cluster; a test that reads who is in it (keycloak-cluster.test.ts) holds it shared meanwhile.
// flock(1) holds it in a child process: the lock goes with that process, even if this one dies.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { cluster } from './cluster';

const LOCK_FILE = join(cluster.logs, '..', 'keycloak-membership.lock');
const WAIT_SECONDS = 300;

export async function holdMembershipLock(mode: 'shared' | 'exclusive'): Promise<() => void> {
  const holder = spawn(
    'flock',
    [mode === 'shared' ? '-s' : '-x', '-w', String(WAIT_SECONDS), LOCK_FILE, '-c', 'echo held; cat'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    holder.stdout.once('data', () => resolve());
    holder.once('exit', (code) => reject(new Error(`flock gave up after ${WAIT_SECONDS}s (exit ${code})`)));
  });
  // Closing its input ends `cat`, and with it the lock.
  return () => holder.stdin.end();
}
