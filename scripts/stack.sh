#!/usr/bin/env bash
# Brings up what the app needs, idempotently: PostgreSQL, Keycloak, the generated Prisma client and
# the migrated databases. `scripts/stack.sh test` also installs what only the tests use.
# `scripts/stack.sh cluster` brings up the clustered stack instead (scripts/cluster.sh: its own
# PostgreSQL, two Keycloak nodes, two app instances, nginx), after the same npm, Prisma and web steps.
. "$(dirname "$0")/lib.sh"

command -v curl >/dev/null || apt_install curl ca-certificates
if [ "${1:-}" = test ]; then
  command -v docker-compose >/dev/null || apt_install docker-compose
  command -v chromium >/dev/null || apt_install chromium
  command -v pdftotext >/dev/null || apt_install poppler-utils
  # Debian's pandas (its own python3, not a pyenv one): the tests read exports as researchers do.
  /usr/bin/python3 -c 'import pandas' 2>/dev/null || apt_install python3-pandas
  # Debian's nginx (1.22; the compose image is newer, the config suits both) for test/deploy/.
  command -v nginx >/dev/null || apt_install nginx
  command -v openssl >/dev/null || apt_install openssl
fi
# npm ci when node_modules is missing or older than the lockfile (a pull changed dependencies;
# npm writes node_modules/.package-lock.json at every install). Under `npm test` Jest already runs
# from node_modules, so there it is only named, not replaced underneath the running tests.
if [ ! -d "$ROOT/node_modules" ]; then
  (cd "$ROOT" && say "installing npm packages" && npm ci --no-audit --no-fund >"$LOGS/npm-ci.log" 2>&1) ||
    die "npm ci failed; see $LOGS/npm-ci.log"
elif [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  [ "${1:-}" = test ] && die "package-lock.json changed since the last install: run npm ci, then npm test again"
  (cd "$ROOT" && say "package-lock.json changed: reinstalling npm packages" && npm ci --no-audit --no-fund >"$LOGS/npm-ci.log" 2>&1) ||
    die "npm ci failed; see $LOGS/npm-ci.log"
fi

# Prisma's generated client, when missing or older than the schema.
ensure_prisma_client() {
  local client=$ROOT/app/generated/prisma/client.ts
  if [ ! -f "$client" ] || [ "$ROOT/prisma/schema.prisma" -nt "$client" ]; then
    say "generating the Prisma client"
    (cd "$ROOT" && npm run --silent generate >"$LOGS/prisma-generate.log" 2>&1) || die "prisma generate failed; see $LOGS/prisma-generate.log"
  fi
}

# The web app (web/, Vite): built when missing or older than its sources or the API contract.
ensure_web_build() {
  local web_index=$ROOT/dist/web/lernen/index.html
  if [ ! -f "$web_index" ] || [ -n "$(find "$ROOT/web" "$ROOT/app" -newer "$web_index" \( -name '*.ts' -o -name '*.tsx' -o -name '*.css' -o -name '*.html' \) -not -path '*/generated/*' -print -quit)" ]; then
    say "building the web app"
    (cd "$ROOT" && npm run --silent build:web >"$LOGS/web-build.log" 2>&1) || die "the web build failed; see $LOGS/web-build.log"
  fi
}

if [ "${1:-}" = cluster ]; then
  ensure_prisma_client
  ensure_web_build
  exec bash "$ROOT/scripts/cluster.sh" start
fi

bash "$ROOT/scripts/postgres.sh"
bash "$ROOT/keycloak/start.sh"
ensure_prisma_client

ensure_secrets
for db in schulid schulid_test; do
  export_app_env "$db"
  (cd "$ROOT" && node_modules/.bin/tsx scripts/migrate.ts) | sed "s/^/    $db: /"
done

ensure_web_build
