// Owns the process: reads the configuration (refusing to start on a bad value), listens, and shuts
// down gracefully on SIGTERM/SIGINT: readiness turns 503, no new connections, in-flight requests
// finish (up to SHUTDOWN_GRACE_MS), then the database pools close.
import { createServer } from 'node:http';
import { buildApp } from './app';
import { buildInternalApp } from './internal-app';
import { purgeDeletedClasses } from './classes';
import { purgeExpired } from './privacy/retention';
import { deleteExpiredExportFiles } from './research';
import { ConfigError, loadConfig, type Config } from './lib/config';
import { createLogger } from './lib/logger';
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
  let isShuttingDown = false;
  const app = buildApp({ config, logger, services, isShuttingDown: () => isShuttingDown });
  const server = createServer(app);
  server.keepAliveTimeout = 5000;
  const internalServer = createServer(buildInternalApp({ config, logger, services }));
  // Longer than the JDK HTTP client's keep-alive (30 s): Keycloak closes idle connections first,
  // so it never reuses one this side is closing.
  internalServer.keepAliveTimeout = 65_000;
  const failToListen = (which: string) => (err: Error) => {
    logger.fatal({ err }, `${which} cannot listen`);
    process.exit(1);
  };
  server.on('error', failToListen('public listener'));
  internalServer.on('error', failToListen('internal listener'));
  internalServer.listen(config.INTERNAL_PORT, config.INTERNAL_HOST, () => {
    const address = internalServer.address();
    logger.info({ port: typeof address === 'object' && address ? address.port : config.INTERNAL_PORT }, 'internal listener (Keycloak only) up');
  });

  // Retention: hourly, and once at start.
  const purge = () =>
    Promise.all([
      purgeExpired(services.dbs.platformPool),
      purgeDeletedClasses(services.dbs.platform, services.keycloak, { onPupilsDeleted: services.onPupilsDeleted }),
      deleteExpiredExportFiles(services.dbs.platform, config.EXPORT_DIR, config.EXPORT_RETENTION_DAYS),
    ]).then(
      ([expired, classes, exportFiles]) => logger.info({ ...expired, deletedClasses: classes.classes, deletedExportFiles: exportFiles }, 'retention purge'),
      (err) => logger.error({ err }, 'retention purge failed'),
    );
  void purge();
  const retention = setInterval(purge, 3_600_000).unref();

  server.listen(config.PORT, () => {
    const address = server.address();
    logger.info({ port: typeof address === 'object' && address ? address.port : config.PORT }, 'schulid-app listening');
  });

  const shutdown = (signal: string) => {
    if (isShuttingDown) return;
    isShuttingDown = true;
    logger.info({ signal }, 'shutting down');
    const forced = setTimeout(() => {
      logger.warn('grace period over, closing remaining connections');
      server.closeAllConnections();
    }, config.SHUTDOWN_GRACE_MS).unref();
    clearInterval(retention);
    internalServer.close();
    internalServer.closeIdleConnections();
    server.close(() => {
      clearTimeout(forced);
      stopServices(services)
        .catch((err) => logger.error({ err }, 'closing the database pools failed'))
        .finally(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
    server.closeIdleConnections();
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(`schulid-app failed to start: ${(err as Error).message}\n`);
    process.exit(1);
  });
}
