#!/usr/bin/env bash
# Fetches, verifies, builds and starts the pinned Keycloak on 127.0.0.1, with the realms in
# realm-export/ imported, and waits until its health endpoint says ready. Idempotent: a second run
# reuses the download, the unpacked distribution and the build, and returns at once when Keycloak
# is already up.
#   keycloak/start.sh         start (PostgreSQL must be running: scripts/postgres.sh)
#   keycloak/start.sh stop    stop
# One node of a cluster (scripts/cluster.sh) when KC_NODE names it: the node runs from its own copy
# of the built distribution ($STATE/keycloak-<node>: its own data/, so import and temporary files
# stay apart), with its own pid file and log; KC_IMPORT_REALM=false on all but the first node.
. "$(dirname "$0")/../scripts/lib.sh"

VERSION=$(tr -d '[:space:]' <"$ROOT/keycloak/VERSION")
ZIP=keycloak-quarkus-dist-$VERSION.zip
CACHE=${KC_DOWNLOAD_DIR:-$STATE/cache}
DIST=$STATE/keycloak-$VERSION
NAME=keycloak${KC_NODE:+-$KC_NODE}
HOME_DIR=$DIST
[ -z "${KC_NODE:-}" ] || HOME_DIR=$STATE/$NAME
PIDFILE=$STATE/$NAME.pid
HEALTH=http://127.0.0.1:$KC_MANAGEMENT_PORT/health/ready

# Build-time options (baked in by `kc.sh build`, then `start --optimized`). In Keycloak 26.7 the
# cache (local/ispn) and its stack are read at start, not kept by the build (`kc.sh show-config`
# lists db and features only; at start the cache defaults to ispn with the jdbc-ping stack), so one
# build serves a single node and a cluster alike: scripts/cluster.sh sets the cluster's cache
# options when it starts its nodes.
BUILD_OPTS=(--db=postgres --health-enabled=true --metrics-enabled=true --cache=local
            --features=organization)

is_running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }
stop_keycloak() {
  if is_running; then
    # Keycloak runs in its own session (setsid): signal the whole group, kc.sh and java alike.
    local pid; pid=$(cat "$PIDFILE"); kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- "-$pid" 2>/dev/null || true; say "Keycloak${KC_NODE:+ $KC_NODE} stopped"
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
# KC_DIST_READY=true: another node's start just did this (scripts/cluster.sh), Maven is not asked again.
if [ "${KC_DIST_READY:-false}" != true ] && ls "$ROOT"/keycloak/extensions/*/pom.xml >/dev/null 2>&1; then
  for pom in "$ROOT"/keycloak/extensions/*/pom.xml; do
    mvn -B -q -f "$pom" package -DskipTests -Dkeycloak.version="$VERSION" >"$LOGS/keycloak-extensions.log" 2>&1 ||
      die "building $(dirname "$pom") failed; see $LOGS/keycloak-extensions.log"
  done
  # Copied only when changed: Keycloak refuses an optimized start when a provider is newer than its build.
  for jar in "$ROOT"/keycloak/extensions/*/target/*.jar; do
    cmp -s "$jar" "$DIST/providers/$(basename "$jar")" || cp "$jar" "$DIST/providers/"
  done
fi

fingerprint=$( { echo "${BUILD_OPTS[*]}" "$JAVA_HOME"; cat "$DIST"/providers/*.jar 2>/dev/null || true; } | sha256sum | cut -c1-16)
if [ "$(cat "$DIST/.build" 2>/dev/null)" != "$fingerprint" ]; then
  stop_keycloak
  say "building Keycloak (kc.sh build ${BUILD_OPTS[*]})"
  "$DIST/bin/kc.sh" build "${BUILD_OPTS[@]}" >"$LOGS/keycloak-build.log" 2>&1 || die "kc.sh build failed; see $LOGS/keycloak-build.log"
  echo "$fingerprint" >"$DIST/.build"
fi
# A cluster node: its own copy of the built distribution, renewed when the build changed (a copy,
# not links: the next build must not change files under a running node).
if [ "$HOME_DIR" != "$DIST" ] && [ "$(cat "$HOME_DIR/.build" 2>/dev/null)" != "$fingerprint" ]; then
  stop_keycloak
  say "copying the built Keycloak for $KC_NODE"
  rm -rf "$HOME_DIR" "$HOME_DIR.tmp" && mkdir -p "$HOME_DIR.tmp"
  (cd "$DIST" && cp -a $(ls -A | grep -vx data) "$HOME_DIR.tmp/") && mv "$HOME_DIR.tmp" "$HOME_DIR"
fi

# Our login theme (keycloak/themes/schulid): read at run time, so no rebuild; copied afresh each start.
# Keycloak keeps gzipped copies of theme files: they go too, or an edited stylesheet is not served.
rm -rf "$HOME_DIR/themes/schulid" "$HOME_DIR/data/tmp/kc-gzip-cache" && cp -r "$ROOT/keycloak/themes/schulid" "$HOME_DIR/themes/schulid"

# Realms are imported when Keycloak starts and skipped when they exist. So that an edited
# realm-export/ takes effect locally, a changed export resets Keycloak's local database (local
# stacks only; production applies realm changes through the Admin API).
# (On a cluster only the importing node does this; scripts/cluster.sh stops the others first.)
ensure_secrets
IMPORT=${KC_IMPORT_REALM:-true}
realm_hash=$(realm_hash)
if [ "$IMPORT" = true ] && [ "$(cat "$STATE/keycloak-realm.hash" 2>/dev/null)" != "$realm_hash" ]; then
  stop_keycloak
  pgdata=$(cat "$STATE/pgdata.path")
  as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
  say "realm-export/ changed: resetting Keycloak's local database"
  as_pg psql -h "$pgdata" -p "$PGPORT" -U postgres -q -v ON_ERROR_STOP=1 -d postgres \
    -c "DROP DATABASE IF EXISTS keycloak WITH (FORCE)" -c "CREATE DATABASE keycloak OWNER keycloak" >/dev/null
fi

if ! is_running; then
  rm -rf "$HOME_DIR/data/import"; mkdir -p "$HOME_DIR/data/import"
  # The platform realm, and locally also the demo school's stand-in identity provider (never
  # imported in production: docker-compose mounts only realm-export/'s top level).
  if [ "$IMPORT" = true ]; then cp "$ROOT"/realm-export/*.json "$ROOT"/realm-export/demo/*.json "$HOME_DIR/data/import/"; fi
  # SCHULID_SSL_REQUIRED=none: the local stack has no TLS, and tests send public client addresses
  # through the trusted proxy (production keeps the realm's default, "external").
  say "starting Keycloak $VERSION${KC_NODE:+ ($KC_NODE)} on http://127.0.0.1:$KC_HTTP_PORT (log: $LOGS/$NAME.log)"
  # The log goes through scripts/log-writer.mjs: a new file a day, none kept past SERVER_LOG_RETENTION_DAYS.
  KC_DB_URL="jdbc:postgresql://127.0.0.1:$PGPORT/keycloak" KC_DB_USERNAME=keycloak KC_DB_PASSWORD="$PG_KEYCLOAK_PASSWORD" \
  KC_HTTP_ENABLED=true KC_HTTP_HOST=127.0.0.1 KC_HTTP_PORT="$KC_HTTP_PORT" KC_HTTP_MANAGEMENT_PORT="$KC_MANAGEMENT_PORT" \
  KC_HOSTNAME="$KEYCLOAK_PUBLIC_URL" \
  KC_PROXY_HEADERS=xforwarded KC_PROXY_TRUSTED_ADDRESSES="${KC_TRUSTED_PROXIES:-127.0.0.1/32}" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
  SCHULID_APP_CLIENT_SECRET="$SCHULID_APP_CLIENT_SECRET" APP_URL="$APP_PUBLIC_URL" \
  SCHULID_ADMIN_API_CLIENT_SECRET="$SCHULID_ADMIN_API_CLIENT_SECRET" SCHUL_IDP_CLIENT_SECRET="$SCHUL_IDP_CLIENT_SECRET" \
  KC_PUBLIC_URL="$KEYCLOAK_PUBLIC_URL" \
  SCHULID_SSL_REQUIRED=none \
  SCHULID_DECISION_URL="${SCHULID_DECISION_URL:-http://127.0.0.1:$APP_INTERNAL_PORT/internal/login-decisions}" SCHULID_DECISION_SECRET="$DECISION_SECRET" \
  JAVA_OPTS_KC_HEAP="-Xms256m -Xmx1g" \
    setsid nohup bash -c 'exec "$0" start --optimized --import-realm > >(exec node "$1" "$2" "$3" "$4") 2>&1' \
      "$HOME_DIR/bin/kc.sh" "$ROOT/scripts/log-writer.mjs" "$NAME" "$LOGS" "${SERVER_LOG_RETENTION_DAYS:-7}" </dev/null >/dev/null 2>&1 &
  echo $! >"$PIDFILE"
fi

start=$(date +%s)
until curl -fsS "$HEALTH" >/dev/null 2>&1; do
  is_running || die "Keycloak exited; see $LOGS/$NAME.log"
  [ $(( $(date +%s) - start )) -lt 300 ] || die "Keycloak not ready after 300s; see $LOGS/$NAME.log"
  sleep 1
done
if [ "$IMPORT" = true ]; then echo "$realm_hash" >"$STATE/keycloak-realm.hash"; fi
say "Keycloak${KC_NODE:+ $KC_NODE} ready ($(( $(date +%s) - start ))s wait)"
