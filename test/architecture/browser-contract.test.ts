// The web app imports the API contract (app/contract.ts). Bundled for the browser as Vite would,
// it must build without Node and carry no server code: no repository, service or route module, no
// Node built-in, and none of the task generators (they hold the answers).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { ENDPOINTS } from '../../app/contract';

const ROOT = join(__dirname, '..', '..');

async function bundleForBrowser(entry: string) {
  const result = await build({
    entryPoints: [join(ROOT, entry)],
    loader: { '.css': 'empty' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return {
    inputs: Object.keys(result.metafile.inputs).map((input) => relative(ROOT, join(ROOT, input))),
    code: result.outputFiles[0]!.text,
  };
}

describe('the browser-safe API contract', () => {
  it('when app/contract.ts is bundled for the browser, then no server module, Node built-in or task generator is in it', async () => {
    const { inputs, code } = await bundleForBrowser('app/contract.ts');
    const ours = inputs.filter((input) => input.startsWith('app/'));
    expect(ours.length).toBeGreaterThan(10);
    expect(ours.filter((input) => /\.(repo|service|routes)\.ts$/.test(input))).toEqual([]);
    expect(ours.filter((input) => input.includes('/tasks/') || input.includes('generated/'))).toEqual([]);
    const packages = new Set(
      inputs
        .filter((input) => input.includes('node_modules/'))
        .map((input) => input.split('node_modules/')[1]!.split('/')[0]),
    );
    expect([...packages]).toEqual(['zod']);
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
  });

  it('when each web app (one per audience) is bundled, then it carries no server module, Node built-in or task generator', async () => {
    const entries = readdirSync(join(ROOT, 'web'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'web', entry.name, 'main.tsx')))
      .map((entry) => `web/${entry.name}/main.tsx`);
    expect(entries.length).toBeGreaterThanOrEqual(4);
    for (const entry of entries) {
      const { inputs, code } = await bundleForBrowser(entry);
      const ours = inputs.filter((input) => input.startsWith('app/'));
      expect({ entry, server: ours.filter((input) => /\.(repo|service|routes)\.ts$/.test(input)) }).toEqual({
        entry,
        server: [],
      });
      expect({ entry, generators: ours.filter((i) => i.includes('/tasks/') || i.includes('generated/')) }).toEqual({
        entry,
        generators: [],
      });
      const packages = new Set(
        inputs
          .filter((input) => input.includes('node_modules/'))
          .map((input) => input.split('node_modules/')[1]!.split('/')[0]),
      );
      expect({ entry, packages: [...packages].filter((name) => !['preact', 'zod'].includes(name!)) }).toEqual({
        entry,
        packages: [],
      });
      expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
    }
  });

  it('when the contract is loaded, then it lists every endpoint the app serves with its roles', () => {
    expect(ENDPOINTS.length).toBeGreaterThan(40);
    for (const spec of ENDPOINTS) expect(spec.roles === 'any-signed-in' || spec.roles.length > 0).toBe(true);
  });

  it('when a module that reaches a server file is bundled, then the check sees it', async () => {
    const { inputs } = await bundleForBrowser('app/learning/learning.routes.ts').catch(() => ({
      inputs: ['(build failed: Node built-ins)'],
    }));
    expect(inputs.some((input) => /\.(service|repo)\.ts$/.test(input) || input.startsWith('(build failed'))).toBe(true);
  });
});
