// Builds the Express app from its dependencies. Never listens: app/server.ts owns the process,
// tests mount the app in-process.
import express, { type Express } from 'express';
import session from 'express-session';
import helmet from 'helmet';
import { apiRouter, listRoutes, openApiDocument } from './api';
import { ENDPOINTS } from './contract';
import { authenticate, authRoutes, SESSION_COOKIE, sessionRefresh } from './auth';
import { geoDataAgeDays } from './country-restriction';
import { binDepsOf, binRoutes, classRoutes, leavingRoutes, staffBin, type ClassRouteDependencies } from './classes';
import { dataExportRoutes } from './data-export';
import { noStore, rejectUnstorableText, requireJsonBody, requireSameOrigin } from './edge';
import { healthRoutes } from './health';
import { fetchOpenIdConfiguration } from './keycloak';
import { learningRoutes } from './learning';
import type { Config } from './lib/config';
import { errorMiddleware, notFoundHandler } from './lib/error-middleware';
import type { Logger } from './lib/logger';
import { requestLogging } from './lib/request-logging';
import { meRoutes } from './me';
import { pageRoutes } from './pages';
import { privacyNoticeRoutes } from './privacy-notice';
import { createLimiters } from './rate-limit';
import { researchRoutes } from './research';
import { schoolRoutes } from './schools';
import { apiSession } from './sessions';
import type { Services } from './services';

export type AppDependencies = {
  config: Config;
  logger: Logger;
  services: Services;
  // Separates rate-limit counters of independent deployments (and of tests) in one database.
  rateLimitNamespace?: string;
  isShuttingDown?: () => boolean;
};

export function trustProxySetting(trustedProxies: string): string | false {
  const list = trustedProxies
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return list.length > 0 ? list.join(',') : false;
}

export function buildApp(deps: AppDependencies): Express {
  const { config, logger, services } = deps;
  const { dbs } = services;
  const app = express();
  app.set('trust proxy', trustProxySetting(config.TRUSTED_PROXIES));
  app.set('query parser', 'simple');
  // No ETags: API answers are personal and not cached, and hashing every body cost CPU (measured).
  app.set('etag', false);
  app.use(helmet());
  app.use(requestLogging(logger));
  // Before any route: a bad escape or a NUL in the path or query string is the client's error.
  app.use(rejectUnstorableText(['path', 'query']));

  const readinessChecks = {
    database: async () => void (await dbs.schoolDb.$queryRaw`SELECT 1`),
    keycloak: async () => void (await fetchOpenIdConfiguration(config, config.READINESS_TIMEOUT_MS)),
  };
  const readinessFacts = () => ({ geoipDataAgeDays: geoDataAgeDays() });
  app.use(
    healthRoutes(readinessChecks, config.READINESS_TIMEOUT_MS, deps.isShuttingDown ?? (() => false), readinessFacts),
  );

  const limiters = createLimiters(dbs.appPool, deps.rateLimitNamespace ?? 'schulid', {
    apiPerMinute: config.RATE_LIMIT_API_PER_MINUTE,
    loginPerMinute: config.RATE_LIMIT_LOGIN_PER_MINUTE,
  });
  const sessions = session({
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET,
    store: services.sessions,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    unset: 'destroy',
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: 'auto',
      path: '/',
      maxAge: config.SESSION_MAX_AGE_SECONDS * 1000,
    },
  });

  const sameOrigin = requireSameOrigin(config.APP_BASE_URL);
  app.use('/auth', limiters.login, sessions, sameOrigin, authRoutes({ config, logger, ...services }));
  // The order of checks on every API request: no caching, rate limit, session, same origin (before
  // the session is refreshed or anything is parsed), caller, JSON only, body, storable text.
  app.use(
    '/api',
    noStore,
    limiters.api,
    apiSession(services.sessions, config.SESSION_SECRET, SESSION_COOKIE),
    sameOrigin,
    sessionRefresh(services.oidc),
    authenticate(services.verifier),
    requireJsonBody,
    express.json({ limit: '100kb' }),
    rejectUnstorableText(['body']),
  );
  // Deny by default: every endpoint is declared with the roles it admits (app/contract.ts), and
  // its route is derived from that declaration.
  const enders = { keycloak: services.keycloak, sessions: services.sessions };
  const classDeps: ClassRouteDependencies = {
    dbs,
    keycloak: services.keycloak,
    keyring: services.keyring,
    loginUrl: `${config.APP_BASE_URL}/auth/login`,
    onPupilsDeleted: services.onPupilsDeleted,
    attemptFeed: services.attemptFeed,
    sessions: services.sessions,
    restoreBinDays: config.RESTORE_BIN_DAYS,
  };
  const routes = [
    ...learningRoutes(dbs, services.servedAttempts),
    ...meRoutes(dbs, enders),
    ...schoolRoutes(dbs, enders, staffBin(binDepsOf(classDeps))),
    ...classRoutes(classDeps),
    ...binRoutes(classDeps),
    ...leavingRoutes(classDeps),
    ...dataExportRoutes({ dbs, keycloak: services.keycloak }),
    ...researchRoutes({
      platform: dbs.platform,
      keycloak: services.keycloak,
      keyring: services.keyring,
      jobs: services.exportJobs,
      exportDir: config.EXPORT_DIR,
    }),
    ...privacyNoticeRoutes({
      config,
      platform: dbs.platform,
      schoolDb: dbs.schoolDb,
      keycloak: services.keycloak,
      sessionCookie: SESSION_COOKIE,
    }),
  ];
  // Public on purpose: the description of the API holds no data.
  const openApi = openApiDocument(ENDPOINTS);
  app.get('/api/openapi.json', (_req, res) => void res.json(openApi));
  const api = apiRouter(routes, ENDPOINTS);
  app.use('/api', api);
  app.locals.apiRoutes = listRoutes(api);

  app.use('/', sessions, pageRoutes(config.WEB_ROOT));

  app.use(notFoundHandler);
  app.use(errorMiddleware(logger));
  return app;
}
