// Builds the Express app from its dependencies. Never listens: app/server.ts owns the process,
// tests mount the app in-process.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { fetchOpenIdConfiguration } from './auth';
import { healthRoutes } from './health/health.routes';
import type { Config } from './lib/config';
import type { Databases } from './lib/db';
import { errorMiddleware, notFoundHandler } from './lib/error-middleware';
import type { Logger } from './lib/logger';
import { requestLogging } from './lib/request-logging';
import { createLimiters } from './rate-limit/limiters';

export type AppDependencies = {
  config: Config;
  logger: Logger;
  dbs: Databases;
  // Separates rate-limit counters of independent deployments (and of tests) in one database.
  rateLimitNamespace?: string;
  isShuttingDown?: () => boolean;
};

export function trustProxySetting(trustedProxies: string): string | false {
  const list = trustedProxies.split(',').map((entry) => entry.trim()).filter(Boolean);
  return list.length > 0 ? list.join(',') : false;
}

export function buildApp(deps: AppDependencies): Express {
  const { config, logger, dbs } = deps;
  const app = express();
  app.set('trust proxy', trustProxySetting(config.TRUSTED_PROXIES));
  app.set('query parser', 'simple');
  app.use(helmet());
  app.use(requestLogging(logger));

  const readinessChecks = {
    database: async () => void (await dbs.app.$queryRaw`SELECT 1`),
    keycloak: async () => void (await fetchOpenIdConfiguration(config, config.READINESS_TIMEOUT_MS)),
  };
  app.use(healthRoutes(readinessChecks, config.READINESS_TIMEOUT_MS, deps.isShuttingDown ?? (() => false)));

  const limiters = createLimiters(dbs.appPool, deps.rateLimitNamespace ?? 'schulid', {
    apiPerMinute: config.RATE_LIMIT_API_PER_MINUTE,
    loginPerMinute: config.RATE_LIMIT_LOGIN_PER_MINUTE,
  });
  app.use('/auth', limiters.login);
  app.use('/api', limiters.api, express.json({ limit: '100kb' }));

  app.use(notFoundHandler);
  app.use(errorMiddleware(logger));
  return app;
}
