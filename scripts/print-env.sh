#!/usr/bin/env bash
# Prints the app's environment for the local stack (KEY=VALUE lines), for the given database.
. "$(dirname "$0")/lib.sh"
ensure_secrets
export_app_env "${1:-schulid}"
for name in DATABASE_URL PLATFORM_DATABASE_URL MIGRATION_DATABASE_URL KEYCLOAK_URL KEYCLOAK_REALM PORT KC_ADMIN_PASSWORD SCHULID_APP_CLIENT_SECRET; do
  echo "$name=${!name}"
done
