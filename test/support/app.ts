// App instances for tests, each with its own pools, session store and rate-limit namespace:
//   makeTestApp()     in-process, for supertest;
//   startTestServer() listening on 127.0.0.1 with its own Keycloak client registered for its URL,
//                     so that real logins, redirects and back-channel logouts reach it.
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { Express } from 'express';
import { buildApp } from '../../app/app';
import { buildInternalApp } from '../../app/internal-app';
import { answerMalformedHttp } from '../../app/lib/malformed-http';
import type { Config } from '../../app/lib/config';
import { createLogger } from '../../app/lib/logger';
import { createServices, startServices, stopServices, type Services } from '../../app/services';
import { testConfig } from './env';
import { registerAppClient } from './keycloak';

export type TestApp = {
  app: Express;
  internalApp: Express;
  services: Services;
  dbs: Services['dbs'];
  config: Config;
  logLines: string[];
  close(): Promise<void>;
};

export async function makeTestApp(
  overrides: Record<string, string> = {},
  rateLimitNamespace = `test-${randomUUID()}`,
): Promise<TestApp> {
  const config = testConfig(overrides);
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'info', sink);
  const services = createServices(config, logger);
  await startServices(services);
  const app = buildApp({ config, logger, services, rateLimitNamespace });
  const internalApp = buildInternalApp({ config, logger, services });
  return { app, internalApp, services, dbs: services.dbs, config, logLines, close: () => stopServices(services) };
}

export type TestServer = TestApp & { baseUrl: string; internalUrl: string; clientId: string };

async function listen(): Promise<{ server: Server; url: string }> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

// `decisionUrl` overrides where Keycloak's country check asks (e.g. nowhere, to see it fail closed).
export async function startTestServer(
  overrides: Record<string, string> = {},
  options: { decisionUrl?: string } = {},
): Promise<TestServer> {
  const [publicSide, internalSide] = [await listen(), await listen()];
  const baseUrl = publicSide.url;
  const internalUrl = internalSide.url;
  const clientId = `test-app-${randomBytes(4).toString('hex')}`;
  const secret = randomBytes(24).toString('base64url');
  const removeClient = await registerAppClient(
    clientId,
    secret,
    baseUrl,
    options.decisionUrl ?? `${internalUrl}/internal/login-decisions`,
  );
  const testApp = await makeTestApp({
    APP_BASE_URL: baseUrl,
    SCHULID_APP_CLIENT_ID: clientId,
    SCHULID_APP_CLIENT_SECRET: secret,
    ...overrides,
  });
  publicSide.server.on('request', testApp.app);
  publicSide.server.on('clientError', answerMalformedHttp); // as app/server.ts
  internalSide.server.on('request', testApp.internalApp);
  internalSide.server.keepAliveTimeout = 65_000; // as app/server.ts: longer than Keycloak's client's
  return {
    ...testApp,
    baseUrl,
    internalUrl,
    clientId,
    async close() {
      for (const { server } of [publicSide, internalSide]) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await testApp.close();
      await removeClient();
    },
  };
}
