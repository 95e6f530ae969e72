// An account that must not be used any more (deleted into the bin, frozen, disabled, its class
// deleted): disabled in Keycloak, its Keycloak sessions and the app's own sessions ended.
import type { KeycloakAdmin } from '../keycloak';
import type { PostgresSessionStore } from './postgres-session-store';

export type LockOutDeps = {
  keycloak: Pick<KeycloakAdmin, 'setUserEnabled' | 'logoutUserIfExists'>;
  sessions: Pick<PostgresSessionStore, 'destroyByUser'>;
};

export async function lockOut({ keycloak, sessions }: LockOutDeps, userIds: readonly string[]): Promise<void> {
  for (const userId of userIds) {
    await keycloak.setUserEnabled(userId, false);
    await keycloak.logoutUserIfExists(userId);
    await sessions.destroyByUser(userId);
  }
}
