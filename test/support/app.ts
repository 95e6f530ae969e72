// An app instance in-process, with its own pools and its own rate-limit namespace, so tests never
// share state by accident. Closed by the test that made it.
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Express } from 'express';
import { buildApp } from '../../app/app';
import type { Config } from '../../app/lib/config';
import { closeDatabases, createDatabases, type Databases } from '../../app/lib/db';
import { createLogger } from '../../app/lib/logger';
import { testConfig } from './env';

export type TestApp = { app: Express; dbs: Databases; config: Config; logLines: string[]; close(): Promise<void> };

export function makeTestApp(overrides: Record<string, string> = {}, rateLimitNamespace = `test-${randomUUID()}`): TestApp {
  const config = testConfig(overrides);
  const logLines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger('info', sink);
  const dbs = createDatabases(config);
  const app = buildApp({ config, logger, dbs, rateLimitNamespace });
  return { app, dbs, config, logLines, close: () => closeDatabases(dbs) };
}
