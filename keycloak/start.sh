#!/usr/bin/env bash
# Fetches, verifies, builds and starts the pinned Keycloak on 127.0.0.1, with the realms in
# realm-export/ imported, and waits until its health endpoint says ready. Idempotent: a second run
# reuses the download, the unpacked distribution and the build, and returns at once when Keycloak
# is already up.
#   keycloak/start.sh         start (PostgreSQL must be running: scripts/postgres.sh)
#   keycloak/start.sh stop    stop
. "$(dirname "$0")/../scripts/lib.sh"

VERSION=$(tr -d '[:space:]' <"$ROOT/keycloak/VERSION")
ZIP=keycloak-quarkus-dist-$VERSION.zip
CACHE=$STATE/cache
DIST=$STATE/keycloak-$VERSION
PIDFILE=$STATE/keycloak.pid
HEALTH=http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready

# Build-time options (baked in by `kc.sh build`, then `start --optimized`). A single node here;
# production builds with cache=ispn (see keycloak/Dockerfile).
BUILD_OPTS=(--db=postgres --health-enabled=true --metrics-enabled=true --cache=local
            --features=organization)

is_running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
stop_keycloak() {
  if is_running; then
    # Keycloak runs in its own session (setsid): signal the whole group, kc.sh and java alike.
    local pid; pid=$(cat "$PIDFILE"); kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- "-$pid" 2>/dev/null || true; say "Keycloak stopped"
  fi
  rm -f "$PIDFILE"
}
if [ "${1:-start}" = stop ]; then stop_keycloak; exit 0; fi

# Java: the newest JDK Keycloak supports (25, 21, 17) that this machine has; else Debian's 17.
pick_java() {
  local v d
  for v in 25 21 17; do
    for d in /usr/lib/jvm/*-"$v"-* /usr/lib/jvm/*"$v"*; do
      [ -x "$d/bin/java" ] && { echo "$d"; return; }
    done
  done
}
JAVA_HOME=${JAVA_HOME:-$(pick_java)}
if [ -z "$JAVA_HOME" ]; then apt_install openjdk-17-jdk-headless; JAVA_HOME=$(pick_java); fi
export JAVA_HOME
command -v mvn >/dev/null || apt_install maven
command -v unzip >/dev/null || apt_install unzip

if [ ! -f "$CACHE/$ZIP" ]; then
  say "fetching Keycloak $VERSION from Maven Central"
  mvn -B -q dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$VERSION:zip" \
    -DoutputDirectory="$CACHE" >"$LOGS/keycloak-fetch.log" 2>&1 || die "download failed; see $LOGS/keycloak-fetch.log"
fi
(cd "$CACHE" && grep " $ZIP\$" "$ROOT/keycloak/SHA256SUMS" | sha256sum -c --quiet -) ||
  { rm -f "$CACHE/$ZIP"; die "$ZIP does not match keycloak/SHA256SUMS; removed it, run again"; }

if [ ! -x "$DIST/bin/kc.sh" ]; then
  say "unpacking Keycloak $VERSION"
  rm -rf "$DIST.tmp"; mkdir -p "$DIST.tmp"
  unzip -q "$CACHE/$ZIP" -d "$DIST.tmp" && mv "$DIST.tmp/keycloak-$VERSION" "$DIST" && rm -rf "$DIST.tmp"
fi

# Our extensions (keycloak/extensions/*, built with mvn) go into providers/ before the build.
if ls "$ROOT"/keycloak/extensions/*/pom.xml >/dev/null 2>&1; then
  for pom in "$ROOT"/keycloak/extensions/*/pom.xml; do
    mvn -B -q -f "$pom" package -DskipTests -Dkeycloak.version="$VERSION" >"$LOGS/keycloak-extensions.log" 2>&1 ||
      die "building $(dirname "$pom") failed; see $LOGS/keycloak-extensions.log"
  done
  # Copied only when changed: Keycloak refuses an optimized start when a provider is newer than its build.
  for jar in "$ROOT"/keycloak/extensions/*/target/*.jar; do
    cmp -s "$jar" "$DIST/providers/$(basename "$jar")" || cp "$jar" "$DIST/providers/"
  done
fi

# Our login theme (keycloak/themes/schulid): read at run time, so no rebuild; copied afresh each start.
# Keycloak keeps gzipped copies of theme files: they go too, or an edited stylesheet is not served.
rm -rf "$DIST/themes/schulid" "$DIST/data/tmp/kc-gzip-cache" && cp -r "$ROOT/keycloak/themes/schulid" "$DIST/themes/schulid"

fingerprint=$( { echo "${BUILD_OPTS[*]}" "$JAVA_HOME"; cat "$DIST"/providers/*.jar 2>/dev/null || true; } | sha256sum | cut -c1-16)
if [ "$(cat "$DIST/.build" 2>/dev/null)" != "$fingerprint" ]; then
  stop_keycloak
  say "building Keycloak (kc.sh build ${BUILD_OPTS[*]})"
  "$DIST/bin/kc.sh" build "${BUILD_OPTS[@]}" >"$LOGS/keycloak-build.log" 2>&1 || die "kc.sh build failed; see $LOGS/keycloak-build.log"
  echo "$fingerprint" >"$DIST/.build"
fi

# Realms are imported when Keycloak starts and skipped when they exist. So that an edited
# realm-export/ takes effect locally, a changed export resets Keycloak's local database (local
# stacks only; production applies realm changes through the Admin API).
ensure_secrets
realm_hash=$(cat "$ROOT"/realm-export/*.json "$ROOT"/realm-export/demo/*.json | sha256sum | cut -c1-16)
if [ "$(cat "$STATE/keycloak-realm.hash" 2>/dev/null)" != "$realm_hash" ]; then
  stop_keycloak
  pgdata=$(cat "$STATE/pgdata.path")
  as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
  say "realm-export/ changed: resetting Keycloak's local database"
  as_pg psql -h "$pgdata" -p "$PGPORT" -U postgres -q -v ON_ERROR_STOP=1 -d postgres \
    -c "DROP DATABASE IF EXISTS keycloak WITH (FORCE)" -c "CREATE DATABASE keycloak OWNER keycloak" >/dev/null
fi

if ! is_running; then
  rm -rf "$DIST/data/import"; mkdir -p "$DIST/data/import"
  # The platform realm, and locally also the demo school's stand-in identity provider (never
  # imported in production: docker-compose mounts only realm-export/'s top level).
  cp "$ROOT"/realm-export/*.json "$ROOT"/realm-export/demo/*.json "$DIST/data/import/"
  # SCHULID_SSL_REQUIRED=none: the local stack has no TLS, and tests send public client addresses
  # through the trusted proxy (production keeps the realm's default, "external").
  say "starting Keycloak $VERSION on http://127.0.0.1:$KC_HTTP_PORT (log: $LOGS/keycloak.log)"
  # The log goes through scripts/log-writer.mjs: a new file a day, none kept past SERVER_LOG_RETENTION_DAYS.
  KC_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/keycloak" KC_DB_USERNAME=keycloak KC_DB_PASSWORD="$PG_KEYCLOAK_PASSWORD" \
  KC_HTTP_ENABLED=true KC_HTTP_HOST=127.0.0.1 KC_HTTP_PORT="$KC_HTTP_PORT" KC_HTTP_MANAGEMENT_PORT="$KC_MANAGEMENT_PORT" \
  KC_HOSTNAME="http://127.0.0.1:$KC_HTTP_PORT" \
  KC_PROXY_HEADERS=xforwarded KC_PROXY_TRUSTED_ADDRESSES="${KC_TRUSTED_PROXIES:-127.0.0.1/32}" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
  SCHULID_APP_CLIENT_SECRET="$SCHULID_APP_CLIENT_SECRET" APP_URL="http://localhost:$APP_PORT" \
  SCHULID_ADMIN_API_CLIENT_SECRET="$SCHULID_ADMIN_API_CLIENT_SECRET" SCHUL_IDP_CLIENT_SECRET="$SCHUL_IDP_CLIENT_SECRET" \
  KC_PUBLIC_URL="http://127.0.0.1:$KC_HTTP_PORT" \
  SCHULID_SSL_REQUIRED=none \
  SCHULID_DECISION_URL="http://127.0.0.1:$APP_INTERNAL_PORT/internal/login-decisions" SCHULID_DECISION_SECRET="$DECISION_SECRET" \
  JAVA_OPTS_KC_HEAP="-Xms256m -Xmx1g" \
    setsid nohup bash -c 'exec "$0" start --optimized --import-realm > >(exec node "$1" keycloak "$2" "$3") 2>&1' \
      "$DIST/bin/kc.sh" "$ROOT/scripts/log-writer.mjs" "$LOGS" "${SERVER_LOG_RETENTION_DAYS:-7}" </dev/null >/dev/null 2>&1 &
  echo $! >"$PIDFILE"
fi

start=$(date +%s)
until curl -fsS "$HEALTH" >/dev/null 2>&1; do
  is_running || die "Keycloak exited; see $LOGS/keycloak.log"
  [ $(( $(date +%s) - start )) -lt 300 ] || die "Keycloak not ready after 300s; see $LOGS/keycloak.log"
  sleep 1
done
echo "$realm_hash" >"$STATE/keycloak-realm.hash"
say "Keycloak ready ($(( $(date +%s) - start ))s wait)"
