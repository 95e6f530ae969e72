// Module boundaries a newcomer can see: one folder per domain under app/, no import cycles between
// domains, other domains reached through their index.ts (or a browser-safe contract/schema module),
// and the rules that keep access and the Keycloak Admin API in one place each.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import madge from 'madge';

const APP = join(__dirname, '..', '..', 'app');
// Browser-safe modules other domains (and the web app) may import directly.
const SHARED_DIRECTLY = [
  /\.contract\.ts$/,
  /\.schemas\.ts$/,
  /^access\/roles\.ts$/,
  /^learning\/topics\.ts$/,
  /^learning\/representation\.ts$/,
  /^api\/endpoint\.ts$/,
];

const domainOf = (file: string) => (file.includes('/') ? file.split('/')[0]! : null);

async function importGraph(): Promise<Record<string, string[]>> {
  const result = await madge(APP, {
    fileExtensions: ['ts'],
    tsConfig: join(APP, '..', 'tsconfig.json'),
    excludeRegExp: [/generated\//],
    detectiveOptions: { ts: { skipTypeImports: false } },
  });
  return result.obj();
}

function domainCycles(graph: Record<string, string[]>): string[][] {
  const edges = new Map<string, Set<string>>();
  for (const [from, targets] of Object.entries(graph)) {
    for (const to of targets) {
      const [a, b] = [domainOf(from), domainOf(to)];
      if (a && b && a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
  }
  const cycles: string[][] = [];
  const visit = (node: string, path: string[]) => {
    for (const next of edges.get(node) ?? []) {
      if (next === path[0]) cycles.push([...path, next]);
      else if (!path.includes(next) && next > path[0]!) visit(next, [...path, next]);
    }
  };
  for (const start of edges.keys()) visit(start, [start]);
  return cycles;
}

describe('module boundaries', () => {
  let graph: Record<string, string[]>;
  beforeAll(async () => {
    graph = await importGraph();
  }, 60_000);

  it('when two domains reach each other through a third, then the check names the cycle', () => {
    const cycles = domainCycles({
      'auth/a.ts': ['schools/index.ts'],
      'schools/b.ts': ['messages/index.ts'],
      'messages/c.ts': ['auth/index.ts', 'lib/db.ts'],
    });
    expect(cycles).toEqual([['auth', 'schools', 'messages', 'auth']]);
  });

  it('when the imports between domains are followed, then no path leads back to where it started', () => {
    expect(Object.keys(graph).length).toBeGreaterThan(50);
    expect(domainCycles(graph)).toEqual([]);
  });

  it('when a domain imports another, then it goes through its index.ts or a browser-safe contract module', () => {
    const deep = Object.entries(graph).flatMap(([from, targets]) =>
      targets
        .filter((to) => domainOf(from) !== null && domainOf(to) !== null && domainOf(from) !== domainOf(to))
        .filter((to) => !to.endsWith('/index.ts') && !SHARED_DIRECTLY.some((pattern) => pattern.test(to)))
        .filter((to) => !to.startsWith('lib/') && !to.startsWith('generated/'))
        .map((to) => `${from} -> ${to}`),
    );
    expect(deep).toEqual([]);
  });

  it('when services decide who may do what, then they ask app/access, never the role list itself', () => {
    const files = Object.keys(graph).filter((file) => /\.(service|routes)\.ts$/.test(file));
    expect(files.length).toBeGreaterThan(10);
    const inline = files.filter((file) =>
      /\broles\.(includes|some|indexOf)\(/.test(readFileSync(join(APP, file), 'utf8')),
    );
    expect(inline).toEqual([]);
  });

  it("when Keycloak's Admin API is called, then it is through app/keycloak's typed client only", () => {
    const outside = Object.keys(graph).filter((file) => !file.startsWith('keycloak/'));
    const callers = outside.filter((file) => /\/admin\/realms|\.raw\(/.test(readFileSync(join(APP, file), 'utf8')));
    expect(callers.map((file) => relative(APP, join(APP, file)))).toEqual([]);
  });
});
