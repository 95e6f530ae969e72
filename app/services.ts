// The long-lived parts the app is built from, made once per process (or per test app): database
// pools, the session store, the OIDC relying party, the token verifier, the Keycloak admin client.
import { createKeycloakAdmin, createOidc, createSchoolResolver, createTokenVerifier, serviceAccountToken } from './auth';
import type { KeycloakAdmin, Oidc, SchoolResolver, TokenVerifier } from './auth';
import type { Config } from './lib/config';
import { createSealer } from './lib/crypto';
import { closeDatabases, createDatabases, type Databases } from './lib/db';
import type { Logger } from './lib/logger';
import { PostgresSessionStore } from './sessions/postgres-session-store';

export type Services = {
  dbs: Databases;
  sessions: PostgresSessionStore;
  oidc: Oidc;
  verifier: TokenVerifier;
  resolveSchool: SchoolResolver;
  keycloak: KeycloakAdmin;
};

export function createServices(config: Config, logger: Logger): Services {
  const dbs = createDatabases(config);
  return {
    dbs,
    sessions: new PostgresSessionStore(dbs.appPool, config.DATABASE_URL, createSealer(config.SESSION_SECRET, 'app-session'), logger),
    oidc: createOidc(config),
    verifier: createTokenVerifier(config),
    resolveSchool: createSchoolResolver(dbs.platform),
    keycloak: createKeycloakAdmin(config, serviceAccountToken(config)),
  };
}

export async function startServices(services: Services): Promise<void> {
  await services.sessions.start();
}

export async function stopServices(services: Services): Promise<void> {
  await services.sessions.close();
  await closeDatabases(services.dbs);
}
