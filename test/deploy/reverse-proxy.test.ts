// The TLS-terminating proxy of docker-compose.yml (nginx, deploy/proxy/): checked in the rendered
// compose file, read statically, tested with Debian's `nginx -t`, and run with Debian's nginx in
// front of two recording servers on loopback (the test set-up installs nginx and openssl).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { nginxDirectives, PROXY_DIR, proxyConfiguration, renderedCompose, renderProxyTemplate } from './compose';

const config = renderedCompose();
const services = config.services as Record<
  string,
  {
    ports?: unknown[];
    image?: string;
    environment: Record<string, string>;
    networks: Record<string, { ipv4_address?: string } | null>;
  }
>;
const addressOf = (service: string) => services[service]!.networks.schulid!.ipv4_address!;
const proxyEnvironment = services.proxy!.environment;
const template = readFileSync(join(PROXY_DIR, 'templates', 'schulid.conf.template'), 'utf8');

describe('the reverse proxy (production)', () => {
  it('when the compose file is rendered, then only the proxy publishes ports, its image is pinned, and Keycloak and the app trust its address alone', () => {
    expect(Object.keys(services).filter((name) => services[name]!.ports)).toEqual(['proxy']);
    expect(services.proxy!.ports).toEqual([
      expect.objectContaining({ target: 80, published: 80 }),
      expect.objectContaining({ target: 443, published: 443 }),
    ]);
    expect(services.proxy!.image).toMatch(/^nginx:\d+\.\d+\.\d+-alpine$/);
    const proxy = addressOf('proxy');
    expect(config.networks.schulid.ipam.config).toEqual([{ subnet: '172.30.89.0/24' }]);
    expect(services.keycloak!.environment.KC_PROXY_TRUSTED_ADDRESSES).toBe(`${proxy}/32`);
    expect(services.keycloak!.environment.KC_PROXY_HEADERS).toBe('xforwarded');
    expect(services.app!.environment.TRUSTED_PROXIES).toBe(`${proxy}/32`);
    expect(proxyEnvironment.PROXY_APP_UPSTREAM).toBe(`${addressOf('app')}:3000`);
    expect(proxyEnvironment.PROXY_APP_2_UPSTREAM).toBe(`${addressOf('app-2')}:3000`);
    expect(proxyEnvironment.PROXY_KEYCLOAK_UPSTREAM).toBe(`${addressOf('keycloak')}:8080`);
    expect(proxyEnvironment.PROXY_KEYCLOAK_2_UPSTREAM).toBe(`${addressOf('keycloak-2')}:8080`);
    expect(proxyEnvironment.PROXY_ADMIN_API_CLIENT).toBe(addressOf('app'));
    expect(proxyEnvironment.PROXY_ADMIN_API_CLIENT_2).toBe(addressOf('app-2'));
    expect(services['app-2']!.environment.TRUSTED_PROXIES).toBe(`${proxy}/32`);
    expect(services['keycloak-2']!.environment.KC_PROXY_TRUSTED_ADDRESSES).toBe(`${proxy}/32`);
    expect(services.app!.environment.KEYCLOAK_URL).toBe(`https://${proxyEnvironment.PROXY_KEYCLOAK_HOST}`);
    expect(services.app!.environment.APP_BASE_URL).toBe(`https://${proxyEnvironment.PROXY_APP_HOST}`);
  });

  it('when the nginx configuration is read, then every forwarded header is overwritten, never appended to, for every location', () => {
    const sources = `${template}\n${readFileSync(join(PROXY_DIR, 'nginx.conf'), 'utf8')}`;
    expect(sources).not.toContain('$proxy_add_x_forwarded_for');
    const headers = nginxDirectives(proxyConfiguration(proxyEnvironment)).filter((d) => d.name === 'proxy_set_header');
    // Set once for every site, outside every server block: a site or location with its own
    // proxy_set_header would silently drop all of these.
    for (const header of headers) expect(header.blocks).toEqual(['http']);
    const value = (name: string) =>
      headers.filter((h) => h.args[0]!.toLowerCase() === name.toLowerCase()).map((h) => h.args[1]);
    expect(value('X-Forwarded-For')).toEqual(['$remote_addr']);
    expect(value('X-Forwarded-Proto')).toEqual(['$scheme']);
    expect(value('X-Forwarded-Host')).toEqual(['$host']);
    expect(value('Host')).toEqual(['$host']);
    expect(value('Forwarded')).toEqual(['""']);
  });

  it('when the nginx configuration is read, then nothing leads to the internal listener and Keycloak shows only its public paths', () => {
    const directives = nginxDirectives(renderProxyTemplate(proxyEnvironment));
    const passes = directives.filter((d) => d.name === 'proxy_pass');
    expect(new Set(passes.map((d) => d.args[0]))).toEqual(new Set(['http://schulid_app', 'http://schulid_keycloak']));
    // Every instance of each, no session affinity (no ip_hash, hash or sticky).
    const upstream = (name: string) =>
      directives.filter((d) => d.blocks[0] === `upstream ${name}`).map((d) => `${d.name} ${d.args.join(' ')}`);
    expect(upstream('schulid_app')).toEqual([
      `server ${proxyEnvironment.PROXY_APP_UPSTREAM}`,
      `server ${proxyEnvironment.PROXY_APP_2_UPSTREAM}`,
      'keepalive 32',
    ]);
    expect(upstream('schulid_keycloak')).toEqual([
      `server ${proxyEnvironment.PROXY_KEYCLOAK_UPSTREAM}`,
      `server ${proxyEnvironment.PROXY_KEYCLOAK_2_UPSTREAM}`,
      'keepalive 32',
    ]);
    expect(template).not.toMatch(/3001|INTERNAL/);
    const keycloakLocations = passes.filter((d) => d.args[0] === 'http://schulid_keycloak').map((d) => d.blocks[1]);
    expect(keycloakLocations).toEqual([
      'location /realms/schulid/',
      'location /resources/',
      'location /admin/realms/schulid/',
    ]);
    const adminRules = directives.filter(
      (d) => d.blocks[1] === 'location /admin/realms/schulid/' && ['allow', 'deny'].includes(d.name),
    );
    expect(adminRules.map((d) => `${d.name} ${d.args[0]}`)).toEqual([
      `allow ${addressOf('app')}`,
      `allow ${addressOf('app-2')}`,
      'deny all',
    ]);
  });

  it("when the local cluster's sites (scripts/cluster.sh) are compared with production's, then they route and restrict every public path alike", () => {
    const local = {
      ...proxyEnvironment,
      PROXY_LISTEN: '127.0.0.1:8480',
      PROXY_INTERNAL_LISTEN: '127.0.0.1:8481',
      PROXY_APP_INTERNAL_UPSTREAM: '127.0.0.1:3301',
      PROXY_APP_2_INTERNAL_UPSTREAM: '127.0.0.1:3311',
    };
    const rules = (file?: string) =>
      nginxDirectives(proxyConfiguration(local, file))
        .filter((d) => d.blocks[0]?.startsWith('upstream schulid_') || d.blocks.some((b) => b.startsWith('location')))
        .filter((d) => !(d.name === 'return' && d.args[0] === '301')) // production's HTTP → HTTPS
        .map((d) => `${d.blocks.at(-1)}: ${d.name} ${d.args.join(' ')}`);
    const cluster = rules('cluster/schulid.conf.template');
    // Besides: the loopback listener that passes Keycloak's country checks to either instance.
    const internal = cluster.filter((rule) => /internal_upstream|schulid_app_internal|login-decisions/i.test(rule));
    expect(internal.length).toBeGreaterThan(0);
    expect(cluster.filter((rule) => !internal.includes(rule) && !rule.startsWith('location /: return 404'))).toEqual(
      rules().filter((rule) => !rule.startsWith('location /: return 404')),
    );
  });

  describe("with Debian's nginx", () => {
    const dir = mkdtempSync(join(tmpdir(), 'schulid-proxy-'));
    const hosts = [proxyEnvironment.PROXY_APP_HOST!, proxyEnvironment.PROXY_KEYCLOAK_HOST!];
    beforeAll(() => {
      for (const host of hosts) {
        mkdirSync(join(dir, 'tls', host), { recursive: true });
        execFileSync(
          'openssl',
          [
            'req',
            '-x509',
            '-newkey',
            'ec',
            '-pkeyopt',
            'ec_paramgen_curve:prime256v1',
            '-nodes',
            '-days',
            '1',
            '-subj',
            `/CN=${host}`,
            '-keyout',
            join(dir, 'tls', host, 'privkey.pem'),
            '-out',
            join(dir, 'tls', host, 'fullchain.pem'),
          ],
          { stdio: 'ignore' },
        );
      }
      mkdirSync(join(dir, 'conf.d'));
      writeFileSync(join(dir, 'nginx.conf'), readFileSync(join(PROXY_DIR, 'nginx.conf')));
      writeFileSync(
        join(dir, 'conf.d', 'schulid.conf'),
        renderProxyTemplate({ ...proxyEnvironment, PROXY_TLS_DIR: join(dir, 'tls') }),
      );
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('when the rendered template is tested with nginx -t, then nginx accepts it', () => {
      const output = execFileSync('nginx', ['-t', '-p', `${dir}/`, '-c', join(dir, 'nginx.conf')], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      expect(output).toBe('');
    });

    describe('running on loopback in front of two recording servers', () => {
      const seen: { upstream: string; url: string; headers: IncomingHttpHeaders }[] = [];
      const upstreams: Server[] = [];
      let nginx: ChildProcess;
      let ports: { http: number; https: number };

      const recorder = async (upstream: string) => {
        const server = createServer((req, res) => {
          seen.push({ upstream, url: req.url!, headers: req.headers });
          res.end('ok');
        });
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        upstreams.push(server);
        return `127.0.0.1:${(server.address() as AddressInfo).port}`;
      };
      const freePort = async () => {
        const server = createServer();
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
        const { port } = server.address() as AddressInfo;
        await new Promise((resolve) => server.close(resolve));
        return port;
      };
      const get = (
        host: string,
        path: string,
        headers: Record<string, string> = {},
        scheme: 'https' | 'http' = 'https',
      ) =>
        new Promise<{ status: number; location?: string }>((resolve, reject) => {
          const options = { host: '127.0.0.1', path, headers: { host, ...headers } };
          const send =
            scheme === 'https'
              ? httpsRequest({ ...options, port: ports.https, servername: host, rejectUnauthorized: false })
              : httpRequest({ ...options, port: ports.http });
          const req = send.on('response', (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode!, location: res.headers.location }));
          });
          req.on('error', reject).end();
        });

      beforeAll(async () => {
        ports = { http: await freePort(), https: await freePort() };
        const environment = {
          ...proxyEnvironment,
          PROXY_TLS_DIR: join(dir, 'tls'),
          PROXY_APP_UPSTREAM: await recorder('app'),
          PROXY_APP_2_UPSTREAM: await recorder('app'),
          PROXY_KEYCLOAK_UPSTREAM: await recorder('keycloak'),
          PROXY_KEYCLOAK_2_UPSTREAM: await recorder('keycloak'),
          PROXY_ADMIN_API_CLIENT: '127.0.0.2',
          PROXY_ADMIN_API_CLIENT_2: '127.0.0.2',
        };
        // The same sites on loopback ports instead of 80 and 443.
        const sites = renderProxyTemplate(environment)
          .replace(/listen 80\b/g, `listen 127.0.0.1:${ports.http}`)
          .replace(/listen 443\b/g, `listen 127.0.0.1:${ports.https}`);
        writeFileSync(join(dir, 'conf.d', 'schulid.conf'), sites);
        writeFileSync(
          join(dir, 'running.conf'),
          readFileSync(join(PROXY_DIR, 'nginx.conf'), 'utf8')
            .replace('/run/nginx.pid', join(dir, 'nginx.pid'))
            .replace('/var/log/nginx/access.log', join(dir, 'access.log')),
        );
        nginx = spawn('nginx', ['-p', `${dir}/`, '-c', join(dir, 'running.conf'), '-g', 'daemon off;'], {
          stdio: 'ignore',
        });
        for (let tries = 0; tries < 50; tries++) {
          if (
            await get(proxyEnvironment.PROXY_APP_HOST!, '/healthz').then(
              () => true,
              () => false,
            )
          )
            return;
          await sleep(100);
        }
        throw new Error('nginx did not start');
      });
      afterAll(async () => {
        nginx?.kill('SIGTERM');
        await new Promise((resolve) => (nginx?.exitCode !== null ? resolve(null) : nginx.once('exit', resolve)));
        for (const server of upstreams) server.close();
      });
      beforeEach(() => void (seen.length = 0));

      it('when a client sends its own X-Forwarded-For and Forwarded headers, then the app and Keycloak get only the address nginx saw, and https', async () => {
        const forged = {
          'x-forwarded-for': '8.8.8.8',
          forwarded: 'for=8.8.8.8;proto=https',
          'x-forwarded-host': 'evil.example',
          'x-forwarded-proto': 'http',
        };
        expect((await get(proxyEnvironment.PROXY_APP_HOST!, '/api/me', forged)).status).toBe(200);
        expect(
          (await get(proxyEnvironment.PROXY_KEYCLOAK_HOST!, '/realms/schulid/protocol/openid-connect/auth', forged))
            .status,
        ).toBe(200);
        expect(seen.map((s) => s.upstream)).toEqual(['app', 'keycloak']);
        for (const { headers } of seen) {
          expect(headers['x-forwarded-for']).toBe('127.0.0.1');
          expect(headers['x-forwarded-proto']).toBe('https');
          expect(headers.forwarded).toBeUndefined();
        }
        expect(seen.map((s) => s.headers['x-forwarded-host'])).toEqual(hosts);
      });

      it("when someone asks for Keycloak's admin console, its Admin API or the app's internal route from outside, then nothing reaches either server", async () => {
        expect((await get(proxyEnvironment.PROXY_KEYCLOAK_HOST!, '/admin/master/console/')).status).toBe(404);
        expect(
          (await get(proxyEnvironment.PROXY_KEYCLOAK_HOST!, '/realms/master/protocol/openid-connect/token')).status,
        ).toBe(404);
        expect((await get(proxyEnvironment.PROXY_KEYCLOAK_HOST!, '/admin/realms/schulid/users')).status).toBe(403);
        expect((await get(proxyEnvironment.PROXY_KEYCLOAK_HOST!, '/')).status).toBe(404);
        expect((await get(proxyEnvironment.PROXY_APP_HOST!, '/internal/login-decisions')).status).toBe(404);
        await expect(get('other.example', '/')).rejects.toThrow();
        expect(seen).toEqual([]);
      });

      it('when a client uses plain HTTP, then it is sent to the same page over HTTPS', async () => {
        const response = await get(proxyEnvironment.PROXY_APP_HOST!, '/auth/login?lang=de', {}, 'http');
        expect(response).toEqual({
          status: 301,
          location: `https://${proxyEnvironment.PROXY_APP_HOST}/auth/login?lang=de`,
        });
      });
    });
  });
});
