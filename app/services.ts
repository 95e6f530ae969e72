// The long-lived parts the app is built from, made once per process (or per test app): database
// pools, the session store, the OIDC relying party, the token verifier, the Keycloak admin client.
import { createOidc, createSchoolResolver, createTokenVerifier } from './auth';
import type { Oidc, SchoolResolver, TokenVerifier } from './auth';
import { createKeycloakAdmin, serviceAccountToken, type KeycloakAdmin } from './keycloak';
import type { Config } from './lib/config';
import { createSealer } from './lib/crypto';
import { closeDatabases, createDatabases, type Databases } from './lib/db';
import type { Logger } from './lib/logger';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AttemptFeed, ServedAttempts } from './learning';
import { ExportJobs, createStudyKeyring, revokePupils, type StudyKeyring } from './research';
import { PostgresSessionStore } from './sessions';

export type Services = {
  dbs: Databases;
  sessions: PostgresSessionStore;
  oidc: Oidc;
  verifier: TokenVerifier;
  resolveSchool: SchoolResolver;
  keycloak: KeycloakAdmin;
  keyring: StudyKeyring;
  servedAttempts: ServedAttempts;
  attemptFeed: AttemptFeed;
  exportJobs: ExportJobs;
  // Pupils about to be purged: their research pseudonyms are revoked first.
  onPupilsDeleted: (schoolId: string, pupilIds: string[]) => Promise<void>;
};

export function createServices(config: Config, logger: Logger): Services {
  const dbs = createDatabases(config);
  const keyring = createStudyKeyring(config.RESEARCH_MASTER_KEY);
  return {
    dbs,
    sessions: new PostgresSessionStore(
      dbs.appPool,
      config.DATABASE_URL,
      createSealer(config.SESSION_SECRET, 'app-session'),
      logger,
    ),
    oidc: createOidc(config),
    verifier: createTokenVerifier(config),
    resolveSchool: createSchoolResolver(dbs.platform),
    keycloak: createKeycloakAdmin(config, serviceAccountToken(config)),
    keyring,
    servedAttempts: new ServedAttempts(),
    attemptFeed: new AttemptFeed(config.DATABASE_URL, logger),
    exportJobs: new ExportJobs({
      platform: dbs.platform,
      platformPool: dbs.platformPool,
      keyring,
      exportDir: config.EXPORT_DIR,
      logger,
      softwareVersion: softwareVersion(),
    }),
    onPupilsDeleted: async (schoolId, pupilIds) => {
      const skipped = await revokePupils(dbs.platform, keyring, schoolId, pupilIds, 'deleted');
      if (skipped.length > 0)
        logger.error(
          { studies: skipped },
          'study keys could not be opened: revocations skipped (check RESEARCH_MASTER_KEY)',
        );
    },
  };
}

export async function startServices(services: Services): Promise<void> {
  await services.sessions.start();
  await services.exportJobs.start();
  await services.attemptFeed.start();
}

export async function stopServices(services: Services): Promise<void> {
  await services.attemptFeed.close();
  await services.exportJobs.stop();
  await services.sessions.close();
  await closeDatabases(services.dbs);
}

function softwareVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
