#!/usr/bin/env bash
# Prints the app's environment for the local stack (KEY=VALUE lines), for the given database.
. "$(dirname "$0")/lib.sh"
ensure_secrets
export_app_env "${1:-schulid}"
for name in DATABASE_URL PLATFORM_DATABASE_URL MIGRATION_DATABASE_URL KEYCLOAK_URL KEYCLOAK_REALM APP_PORT APP_BASE_URL \
            SCHULID_APP_CLIENT_SECRET SCHULID_ADMIN_API_CLIENT_SECRET SESSION_SECRET KC_ADMIN_PASSWORD SCHUL_IDP_CLIENT_SECRET DEMO_USER_PASSWORD \
            DECISION_SECRET APP_INTERNAL_PORT RESEARCH_MASTER_KEY EXPORT_DIR; do
  echo "$name=${!name}"
done
