// The internal listener: what Keycloak calls (the country check's decision endpoint). It listens on
// its own port (APP_INTERNAL_HOST:APP_INTERNAL_PORT), so the public port and any proxy in front of it never
// route to it.
import express, { type Express } from 'express';
import helmet from 'helmet';
import { internalRoutes } from './country-restriction';
import type { Config } from './lib/config';
import { errorMiddleware, notFoundHandler } from './lib/error-middleware';
import type { Logger } from './lib/logger';
import { requestLogging } from './lib/request-logging';
import type { Services } from './services';

export function buildInternalApp(deps: { config: Config; logger: Logger; services: Services }): Express {
  const app = express();
  app.use(helmet());
  app.use(requestLogging(deps.logger));
  app.use(express.json({ limit: '10kb' }));
  app.use(internalRoutes(deps.services.dbs.platformPool, deps.config.DECISION_SECRET, deps.logger));
  app.use(notFoundHandler);
  app.use(errorMiddleware(deps.logger));
  return app;
}
