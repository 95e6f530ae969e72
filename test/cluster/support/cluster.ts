// The clustered stack for the tests in test/cluster/ (scripts/cluster.sh): two app instances and two
// Keycloak nodes behind nginx, on a PostgreSQL of their own. Test files import the shared fixtures
// from here, never from test/support directly: this module first points them at the cluster.
import './start-cluster';
import { closeDatabases, createDatabases, type Databases } from '../../../app/lib/db';
import { createKeycloakAdmin, masterAdminToken, type KeycloakAdmin } from '../../../app/keycloak';
import type { Browser } from '../../support/browser';
import { testConfig } from '../../support/env';

export { apiFor, signIn, type SignedInApi } from '../../support/api';
export { Browser } from '../../support/browser';
export { createSchoolWithOrganization, createUser, keycloakAdmin, type TestSchool } from '../../support/keycloak';
export { loginThroughApp } from '../../support/login';

function setting(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: scripts/cluster.sh env printed no such line`);
  return value;
}
const pair = (name: string) => setting(name).split(' ') as [string, string];

export const cluster = {
  // Public: what browsers and the apps use, both through nginx.
  appUrl: setting('CLUSTER_APP_URL'),
  keycloakUrl: setting('CLUSTER_KEYCLOAK_URL'),
  // Each app instance and each Keycloak node on its own port.
  instances: pair('CLUSTER_APP_INSTANCES'),
  nodes: pair('CLUSTER_KEYCLOAK_NODES'),
  keycloakDatabaseUrl: setting('CLUSTER_KEYCLOAK_DATABASE_URL'),
  logs: setting('CLUSTER_LOGS'),
};

const hostOf = (url: string) => new URL(url).host;

// From now on the browser's requests to the app go to instance `app` (0 or 1) and those to
// Keycloak to node `keycloak`, as if nginx had chosen them; unnamed ones still go through nginx.
export function pin(browser: Browser, to: { app?: 0 | 1; keycloak?: 0 | 1 }): void {
  const pinned: Record<string, string> = {};
  if (to.app !== undefined) pinned[hostOf(cluster.appUrl)] = hostOf(cluster.instances[to.app]);
  if (to.keycloak !== undefined) pinned[hostOf(cluster.keycloakUrl)] = hostOf(cluster.nodes[to.keycloak]);
  browser.pinTo(pinned);
}

// The Admin API of one Keycloak node, as the bootstrap admin.
export function keycloakAdminOfNode(node: 0 | 1): KeycloakAdmin {
  const settings = { KEYCLOAK_URL: cluster.nodes[node], KEYCLOAK_REALM: 'schulid' };
  return createKeycloakAdmin(settings, masterAdminToken(settings, 'admin', setting('KC_ADMIN_PASSWORD')));
}

// The cluster's app database (the platform role), for the whole test file.
export function clusterDatabases(): Databases {
  const dbs = createDatabases(testConfig());
  afterAll(() => closeDatabases(dbs));
  return dbs;
}
