// Jest only transpiles; this is where the type checker reads the whole project (app, scripts,
// tests, benchmarks) with the strict settings of tsconfig.json.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

it('when the whole project is type-checked, then tsc reports no error', () => {
  const result = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', ROOT], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
});
