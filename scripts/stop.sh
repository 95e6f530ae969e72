#!/usr/bin/env bash
# Stops what `npm run demo` (or the tests) started: the app, Keycloak, PostgreSQL, and the clustered
# stack if it runs (scripts/cluster.sh). Data stays in .local/ for the next start.
#   scripts/stop.sh           everything
#   scripts/stop.sh cluster   the clustered stack only
. "$(dirname "$0")/lib.sh"
bash "$ROOT/scripts/cluster.sh" stop
[ "${1:-}" = cluster ] && exit 0
bash "$ROOT/scripts/app.sh" stop
bash "$ROOT/keycloak/start.sh" stop
bash "$ROOT/scripts/postgres.sh" stop
