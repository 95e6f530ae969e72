// The real server process: SIGTERM lets in-flight requests finish, refuses new ones, then exits 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { viaPort } from '../support/env';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy';

const ROOT = join(__dirname, '..', '..');

function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number; logs: string[] }> {
  // node itself (tsx as a loader, not as a wrapper process), so SIGTERM reaches the server directly.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'app', 'server.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, APP_PORT: '0', APP_INTERNAL_PORT: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logs.push(line);
      const entry = JSON.parse(line);
      if (entry.msg === 'schulid-app listening') resolve({ child, port: entry.port, logs });
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
}

describe('graceful shutdown', () => {
  let keycloakProxy: TcpProxy;
  beforeAll(async () => {
    keycloakProxy = await startTcpProxy(Number(new URL(process.env.KEYCLOAK_URL!).port));
  });
  afterAll(() => keycloakProxy.close());

  it('when SIGTERM arrives during a request, then that request completes, new ones are refused and the process exits 0', async () => {
    const { child, port, logs } = await startServer({
      KEYCLOAK_URL: viaPort(process.env.KEYCLOAK_URL!, keycloakProxy.port),
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    keycloakProxy.delay(1500); // keeps /readyz in flight while the signal arrives

    const reachedKeycloakCheck = keycloakProxy.nextConnection();
    const inFlight = fetch(`http://127.0.0.1:${port}/readyz`);
    await reachedKeycloakCheck; // the request is now being served
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));

    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await exited).toBe(0);
    expect(logs.map((line) => JSON.parse(line).msg)).toEqual(expect.arrayContaining(['shutting down', 'stopped']));
  });

  it('when a request arrives after SIGTERM on a connection kept alive from before, then it gets 503 with Connection: close and the pools close only after', async () => {
    const { child, port, logs } = await startServer({
      KEYCLOAK_URL: viaPort(process.env.KEYCLOAK_URL!, keycloakProxy.port),
    });
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    keycloakProxy.delay(1500);
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    const ended = new Promise((resolve) => socket.on('close', resolve));
    const reachedKeycloakCheck = keycloakProxy.nextConnection();
    socket.write('GET /readyz HTTP/1.1\r\nHost: app\r\n\r\n');
    await reachedKeycloakCheck;
    child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Same connection, after the signal: a database-backed API request.
    socket.write('GET /api/classes HTTP/1.1\r\nHost: app\r\n\r\n');
    await ended;
    const [first, second] = received.split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200 /);
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second).toMatch(/\r\nConnection: close\r\n/i);
    expect(JSON.parse(second!.split('\r\n\r\n')[1]!).error.code).toBe('shutting_down');
    expect(await exited).toBe(0);
    expect(logs.filter((line) => JSON.parse(line).level >= 50)).toEqual([]);
  });
});
