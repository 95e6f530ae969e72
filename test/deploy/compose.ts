// docker-compose.yml as Debian's docker-compose renders it (no Docker engine runs here), and the
// proxy's nginx template rendered as the nginx image does at start (envsubst of PROXY_*).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = join(__dirname, '..', '..');
export const PROXY_DIR = join(ROOT, 'deploy', 'proxy');

export const compose = (...args: string[]) =>
  spawnSync('docker-compose', ['-f', join(ROOT, 'docker-compose.yml'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH },
  });

export function renderedCompose() {
  const result = compose('--env-file', join(ROOT, 'deploy', 'production.env.example'), 'config');
  if (result.status !== 0) throw new Error(result.stderr);
  return parse(result.stdout);
}

// The production sites by default; the local cluster's (scripts/cluster.sh) with
// `cluster/schulid.conf.template`.
export function renderProxyTemplate(
  environment: Record<string, string>,
  file = join('templates', 'schulid.conf.template'),
): string {
  const template = readFileSync(join(PROXY_DIR, file), 'utf8');
  return template.replace(/\$\{(PROXY_[A-Z0-9_]+)\}/g, (_, name: string) => {
    if (environment[name] === undefined) throw new Error(`${name} is not set for the proxy`);
    return environment[name]!;
  });
}

// nginx.conf with the rendered sites where it includes them: the whole configuration nginx reads.
export function proxyConfiguration(environment: Record<string, string>, file?: string): string {
  const nginx = readFileSync(join(PROXY_DIR, 'nginx.conf'), 'utf8');
  if (!nginx.includes('include conf.d/schulid.conf;')) throw new Error('nginx.conf no longer includes the sites');
  return nginx.replace('include conf.d/schulid.conf;', () => renderProxyTemplate(environment, file));
}

export type Directive = { name: string; args: string[]; blocks: string[] };

// nginx's syntax, enough to read our files: comments dropped, directives with the blocks they
// sit in (e.g. ["server", "location /admin/"]). Quoted arguments keep their quotes.
export function nginxDirectives(text: string): Directive[] {
  const directives: Directive[] = [];
  const blocks: string[] = [];
  const tokens = text.replace(/#[^\n]*/g, '').match(/"[^"]*"|[{};]|[^\s{};"]+/g) ?? [];
  let statement: string[] = [];
  for (const token of tokens) {
    if (token === ';') directives.push({ name: statement[0]!, args: statement.slice(1), blocks: [...blocks] });
    else if (token === '{') blocks.push(statement.join(' '));
    else if (token === '}') blocks.pop();
    else {
      statement.push(token);
      continue;
    }
    statement = [];
  }
  return directives;
}
