// Owns the process: reads the configuration (refusing to start on a bad value), listens, and shuts
// down gracefully on SIGTERM/SIGINT: readiness turns 503, no new connections, in-flight requests
// finish (up to SHUTDOWN_GRACE_MS), later requests on kept-alive connections get 503, and only when
// both listeners are closed do the database pools close.
import { createServer, type Server } from 'node:http';
import { buildApp } from './app';
import { buildInternalApp } from './internal-app';
import { binDepsOf, binInactiveAccounts, purgeBin } from './classes';
import { purgeExpired } from './privacy';
import { deleteExpiredExportFiles, deleteExpiredReleaseRecords } from './research';
import { ConfigError, loadConfig, type Config } from './lib/config';
import { createLogger } from './lib/logger';
import { answerMalformedHttp } from './lib/malformed-http';
import { ShutdownGate } from './lib/shutdown-gate';
import { createServices, startServices, stopServices } from './services';

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`schulid-app refuses to start. ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}

export async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.LOG_LEVEL);
  const services = createServices(config, logger);
  await startServices(services);
  const gate = new ShutdownGate();
  const app = buildApp({ config, logger, services, isShuttingDown: () => gate.isShuttingDown });
  const server = createServer(gate.guard(app));
  server.keepAliveTimeout = 5000;
  server.on('clientError', answerMalformedHttp);
  // Keycloak's country checks arrive here on long-kept connections: the same gate, or one of them
  // could reach a closed pool.
  const internalServer = createServer(gate.guard(buildInternalApp({ config, logger, services })));
  // Longer than the JDK HTTP client's keep-alive (30 s): Keycloak closes idle connections first,
  // so it never reuses one this side is closing.
  internalServer.keepAliveTimeout = 65_000;
  const failToListen = (which: string) => (err: Error) => {
    logger.fatal({ err }, `${which} cannot listen`);
    process.exit(1);
  };
  server.on('error', failToListen('public listener'));
  internalServer.on('error', failToListen('internal listener'));
  internalServer.listen(config.APP_INTERNAL_PORT, config.APP_INTERNAL_HOST, () => {
    const address = internalServer.address();
    logger.info(
      { port: typeof address === 'object' && address ? address.port : config.APP_INTERNAL_PORT },
      'internal listener (Keycloak only) up',
    );
  });

  // Retention: hourly, and once at start. Inactive accounts go into the bin in the same round.
  const bin = binDepsOf({ ...services, restoreBinDays: config.RESTORE_BIN_DAYS });
  const purge = () =>
    Promise.all([
      purgeExpired(services.dbs.platformPool, {
        loginAttemptDays: config.LOGIN_ATTEMPT_RETENTION_DAYS,
        userMessageDays: config.USER_MESSAGE_RETENTION_DAYS,
        auditDays: config.AUDIT_RETENTION_DAYS,
        attemptMonths: config.ATTEMPT_RETENTION_MONTHS,
      }),
      purgeBin(bin, { binDays: config.RESTORE_BIN_DAYS }),
      deleteExpiredExportFiles(services.dbs.platform, config.EXPORT_DIR, config.EXPORT_RETENTION_DAYS),
      binInactiveAccounts(bin),
      deleteExpiredReleaseRecords(services.dbs.platformPool),
    ]).then(
      ([expired, purged, exportFiles, inactive, releaseRecords]) =>
        logger.info(
          {
            ...expired,
            purgedAccounts: purged.accounts,
            purgedClasses: purged.classes,
            deletedExportFiles: exportFiles,
            inactiveAccountsBinned: inactive.binned,
            deletedReleaseRecords: releaseRecords,
          },
          'retention purge',
        ),
      (err) => logger.error({ err }, 'retention purge failed'),
    );
  void purge();
  const retention = setInterval(purge, 3_600_000).unref();

  server.listen(config.APP_PORT, () => {
    const address = server.address();
    logger.info(
      { port: typeof address === 'object' && address ? address.port : config.APP_PORT },
      'schulid-app listening',
    );
  });

  const shutdown = (signal: string) => {
    if (gate.isShuttingDown) return;
    const listeners = [server, internalServer];
    gate.close(() => listeners.forEach((listener) => listener.closeIdleConnections()));
    // Live streams never finish by themselves: they end now (the browsers reconnect elsewhere).
    services.attemptFeed.endStreams();
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.warn('grace period over, closing remaining connections');
      listeners.forEach((listener) => listener.closeAllConnections());
    }, config.SHUTDOWN_GRACE_MS).unref();
    clearInterval(retention);
    Promise.all([...listeners.map(closed), gate.drained()])
      .then(() => {
        clearTimeout(forced);
        return stopServices(services);
      })
      .catch((err) => logger.error({ err }, 'closing the database pools failed'))
      .finally(() => {
        logger.info('stopped');
        process.exit(0);
      });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

// Stops accepting, closes idle kept-alive connections now, resolves when the last one is gone.
function closed(listener: Server): Promise<void> {
  const done = new Promise<void>((resolve) => listener.close(() => resolve()));
  listener.closeIdleConnections();
  return done;
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`schulid-app failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
