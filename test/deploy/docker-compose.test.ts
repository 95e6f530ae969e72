// No Docker engine runs here, so the production description is checked statically with
// docker-compose itself (Debian's package; the test set-up installs it).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { compose, renderedCompose, ROOT } from './compose';

const pinnedVersion = readFileSync(join(ROOT, 'keycloak', 'VERSION'), 'utf8').trim();

describe('docker-compose.yml (production)', () => {
  it('when the example environment is given, then docker-compose accepts the file and it describes the whole stack', () => {
    const result = compose('--env-file', join(ROOT, 'deploy', 'production.env.example'), 'config');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const config = parse(result.stdout);
    expect(Object.keys(config.services).sort()).toEqual([
      'app',
      'app-2',
      'keycloak',
      'keycloak-2',
      'migrate',
      'postgres',
      'proxy',
    ]);
    expect(config.services.keycloak.image).toBe('schulid-keycloak');
    expect(config.services.keycloak.command).toEqual(['start', '--optimized', '--import-realm']);
    for (const name of ['postgres', 'keycloak', 'app'])
      expect(config.services[name].healthcheck ?? config.services[name].depends_on).toBeDefined();
    expect(config.services.app.depends_on.migrate.condition).toBe('service_completed_successfully');
  });

  it('when the compose file is rendered, then two app instances and two Keycloak nodes run alike, the nodes as one cluster', () => {
    const { services } = renderedCompose();
    const { networks: _app, ...app } = services.app;
    const { networks: _app2, ...app2 } = services['app-2'];
    expect(app2).toEqual(app);
    // Keycloak reaches the apps' internal listeners by a name both carry.
    expect(services.app.networks.schulid.aliases).toEqual(['app-internal']);
    expect(services['app-2'].networks.schulid.aliases).toEqual(['app-internal']);
    const { networks: _kc, depends_on: first, ...keycloak } = services.keycloak;
    const { networks: _kc2, depends_on: second, ...keycloak2 } = services['keycloak-2'];
    expect(keycloak2).toEqual(keycloak);
    expect(keycloak.environment).toMatchObject({
      KC_CACHE: 'ispn',
      KC_CACHE_STACK: 'jdbc-ping',
      SCHULID_DECISION_URL: 'http://app-internal:3001/internal/login-decisions',
    });
    // One node imports the realm before the other starts.
    expect(first).toEqual({ postgres: { condition: 'service_healthy' } });
    expect(second).toEqual({ keycloak: { condition: 'service_healthy' } });
    expect(Object.keys(services.proxy.depends_on).sort()).toEqual(['app', 'app-2', 'keycloak', 'keycloak-2']);
  });

  it('when the services log to standard output, then every container keeps a bounded log and the proxy logs networks, not addresses', () => {
    const result = compose('--env-file', join(ROOT, 'deploy', 'production.env.example'), 'config');
    const config = parse(result.stdout);
    for (const [name, service] of Object.entries<{ logging?: { driver: string; options: Record<string, string> } }>(
      config.services,
    ))
      expect({ name, logging: service.logging }).toEqual({
        name,
        logging: { driver: 'local', options: { 'max-size': '10m', 'max-file': '7' } },
      });
    const nginx = readFileSync(join(ROOT, 'deploy', 'proxy', 'nginx.conf'), 'utf8');
    const format = /log_format schulid '([^']*)'/.exec(nginx)?.[1] ?? '';
    expect(format).toMatch(/^\$client_network /);
    expect(format).not.toMatch(/\$remote_addr|\$http_x_forwarded_for|\$request_uri|\$args|\$request /);
  });

  it('when a secret is missing from the environment, then docker-compose refuses and names it', () => {
    const result = compose('config');
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/set [A-Z_]*PASSWORD/);
  });

  it('when the file is read, then no secret is written in it literally', () => {
    const source = readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8');
    const secretLines = source.split('\n').filter((line) => /(PASSWORD|SECRET)\s*:/.test(line));
    expect(secretLines.length).toBeGreaterThan(5);
    for (const line of secretLines) expect(line).toMatch(/\$\{[A-Z_]+/);
  });

  it('when production Keycloak imports realm-export/, then it gets the platform realm only: no demo realm, no users with passwords', () => {
    const topLevel = readdirSync(join(ROOT, 'realm-export')).filter((name) => name.endsWith('.json'));
    expect(topLevel).toEqual(['schulid-realm.json']);
    const realm = JSON.parse(readFileSync(join(ROOT, 'realm-export', 'schulid-realm.json'), 'utf8'));
    for (const user of realm.users ?? []) expect(user.credentials ?? []).toEqual([]);
    const source = readFileSync(join(ROOT, 'realm-export', 'schulid-realm.json'), 'utf8');
    for (const match of source.matchAll(/"secret"\s*:\s*"([^"]*)"/g)) expect(match[1]).toMatch(/^\$\{[A-Z_]+\}$/);
  });

  it("when Keycloak's version is looked for, then it is written in keycloak/VERSION only (and in the checksum file's entry for its zip)", () => {
    const files = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .filter((name) => name && name !== 'package-lock.json');
    const mentioning = files.filter(
      (name) => existsSync(join(ROOT, name)) && readFileSync(join(ROOT, name), 'latin1').includes(pinnedVersion),
    );
    expect(mentioning.sort()).toEqual(['keycloak/SHA256SUMS', 'keycloak/VERSION']);
    const dockerfile = readFileSync(join(ROOT, 'keycloak', 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/COPY VERSION SHA256SUMS/);
    expect(dockerfile).toMatch(/sha256sum -c/);
  });
});
