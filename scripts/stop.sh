#!/usr/bin/env bash
# Stops what `npm run demo` (or the tests) started: the app, Keycloak, PostgreSQL. Data stays in
# .local/ for the next start.
. "$(dirname "$0")/lib.sh"
bash "$ROOT/scripts/app.sh" stop
bash "$ROOT/keycloak/start.sh" stop
bash "$ROOT/scripts/postgres.sh" stop
