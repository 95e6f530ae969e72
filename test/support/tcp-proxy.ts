// A TCP relay on 127.0.0.1 between the app and a real server (PostgreSQL, Keycloak), so a test can
// take that server "down" for one app instance, delay it, and bring it back, without touching the
// server that other tests share.
import { createServer, connect, type Server, type Socket } from 'node:net';

export type TcpProxy = {
  port: number;
  takeDown(): void;
  bringBack(): void;
  delay(ms: number): void;
  // Resolves when the next client connects (e.g. proof that a request reached its upstream check).
  nextConnection(): Promise<void>;
  close(): Promise<void>;
};

export async function startTcpProxy(targetPort: number, targetHost = '127.0.0.1'): Promise<TcpProxy> {
  let isDown = false;
  let delayMs = 0;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let waiters: (() => void)[] = [];
  const server: Server = createServer((client) => {
    for (const notify of waiters) notify();
    waiters = [];
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    if (isDown) return void client.destroy();
    client.pause();
    const timer = setTimeout(() => {
      timers.delete(timer);
      const upstream = connect(targetPort, targetHost, () => {
        client.pipe(upstream).pipe(client);
        client.resume();
      });
      sockets.add(upstream);
      upstream.on('close', () => sockets.delete(upstream));
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    }, delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return {
    port: address.port,
    takeDown() {
      isDown = true;
      for (const socket of sockets) socket.destroy();
    },
    bringBack() {
      isDown = false;
    },
    delay(ms) {
      delayMs = ms;
    },
    nextConnection() {
      return new Promise((resolve) => waiters.push(resolve));
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
