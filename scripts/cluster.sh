#!/usr/bin/env bash
# The clustered local stack (issue 17), beside the single stack and the tests' stack and touching
# neither: its own PostgreSQL, two Keycloak nodes forming one cluster (Keycloak's distributed
# caches, jdbc-ping discovery over that PostgreSQL), two app instances, and Debian's nginx in front
# of them with the production proxy's nginx.conf and the sites of deploy/proxy/cluster/. All on
# loopback, all state in .local/cluster. Idempotent: whatever is up is reused; an app instance is
# restarted when app/ changed since it started.
#   scripts/cluster.sh [start]   (scripts/stack.sh cluster runs it after the shared steps)
#   scripts/cluster.sh stop      stops it; data stays
#   scripts/cluster.sh env       prints its settings (KEY=VALUE), for the tests and the demo

# The cluster's own state folder and ports (each overridable); the Keycloak download is shared.
ROOT=$(cd "$(dirname "$0")/.." && pwd)
MAIN_STATE=${SCHULID_STATE:-$ROOT/.local}
export SCHULID_STATE=${SCHULID_CLUSTER_STATE:-$MAIN_STATE/cluster}
export KC_DOWNLOAD_DIR=$MAIN_STATE/cache
export PGPORT=${CLUSTER_PGPORT:-55433}
CLUSTER_PROXY_PORT=${CLUSTER_PROXY_PORT:-8480}      # nginx: the app and Keycloak, by host name
CLUSTER_INTERNAL_PORT=${CLUSTER_INTERNAL_PORT:-8481} # nginx: Keycloak's country check → the apps
CLUSTER_KC_HTTP_PORT=${CLUSTER_KC_HTTP_PORT:-8280}   # node n: +n-1 (8280, 8281)
CLUSTER_KC_MANAGEMENT_PORT=${CLUSTER_KC_MANAGEMENT_PORT:-9280}
CLUSTER_JGROUPS_PORT=${CLUSTER_JGROUPS_PORT:-7810}   # and 50000 above it (JGroups' failure detection)
CLUSTER_APP_PORT=${CLUSTER_APP_PORT:-3300}           # instance n: +10(n-1), internal listener +1
# Users and the apps reach both through the proxy; Keycloak issues tokens for this address alone.
export KEYCLOAK_PUBLIC_URL=http://127.0.0.1:$CLUSTER_PROXY_PORT
export APP_PUBLIC_URL=http://localhost:$CLUSTER_PROXY_PORT
# The apps believe X-Forwarded-For from the proxy only (loopback here).
export TRUSTED_PROXIES=127.0.0.1
. "$ROOT/scripts/lib.sh"
export EXPORT_DIR=$STATE/exports # one folder for both instances, as the volume in production

kc_http_port() { echo $((CLUSTER_KC_HTTP_PORT + $1 - 1)); }
kc_management_port() { echo $((CLUSTER_KC_MANAGEMENT_PORT + $1 - 1)); }
app_port() { echo $((CLUSTER_APP_PORT + 10 * ($1 - 1))); }

run_for_node() { # run_for_node N COMMAND...: a Keycloak node's settings around a command
  local n=$1; shift
  KC_NODE=node-$n KC_HTTP_PORT=$(kc_http_port "$n") KC_MANAGEMENT_PORT=$(kc_management_port "$n") \
    KC_CACHE_EMBEDDED_NETWORK_BIND_PORT=$((CLUSTER_JGROUPS_PORT + n - 1)) "$@"
}
run_for_app() { # run_for_app N COMMAND...
  local n=$1; shift
  APP_NAME=app-$n APP_PORT=$(app_port "$n") APP_INTERNAL_PORT=$(( $(app_port "$n") + 1 )) "$@"
}

# nginx: Debian's, with the production proxy's nginx.conf (its pid file and access log moved into
# the state folder) and the cluster's sites rendered from deploy/proxy/cluster/.
PROXY=$STATE/proxy
proxy_pid() { cat "$PROXY/nginx.pid" 2>/dev/null; }
is_proxy_running() { [ -n "$(proxy_pid)" ] && kill -0 "$(proxy_pid)" 2>/dev/null; }
start_proxy() {
  mkdir -p "$PROXY/conf.d"
  sed -e "s|/run/nginx.pid|$PROXY/nginx.pid|" -e "s|/var/log/nginx/access.log|$LOGS/proxy-access.log|" \
    "$ROOT/deploy/proxy/nginx.conf" >"$PROXY/nginx.conf"
  PROXY_LISTEN=127.0.0.1:$CLUSTER_PROXY_PORT PROXY_INTERNAL_LISTEN=127.0.0.1:$CLUSTER_INTERNAL_PORT \
  PROXY_APP_HOST=localhost PROXY_KEYCLOAK_HOST=127.0.0.1 \
  PROXY_APP_UPSTREAM=127.0.0.1:$(app_port 1) PROXY_APP_2_UPSTREAM=127.0.0.1:$(app_port 2) \
  PROXY_APP_INTERNAL_UPSTREAM=127.0.0.1:$(( $(app_port 1) + 1 )) PROXY_APP_2_INTERNAL_UPSTREAM=127.0.0.1:$(( $(app_port 2) + 1 )) \
  PROXY_KEYCLOAK_UPSTREAM=127.0.0.1:$(kc_http_port 1) PROXY_KEYCLOAK_2_UPSTREAM=127.0.0.1:$(kc_http_port 2) \
  PROXY_ADMIN_API_CLIENT=127.0.0.1 PROXY_ADMIN_API_CLIENT_2=127.0.0.1 \
    envsubst "$(grep -o '${PROXY_[A-Z0-9_]*}' "$ROOT/deploy/proxy/cluster/schulid.conf.template" | sort -u | tr '\n' ' ')" \
    <"$ROOT/deploy/proxy/cluster/schulid.conf.template" >"$PROXY/conf.d/schulid.conf"
  local nginx=(nginx -p "$PROXY/" -c "$PROXY/nginx.conf")
  "${nginx[@]}" -t -q 2>"$LOGS/proxy.log" || die "the cluster's nginx configuration is refused; see $LOGS/proxy.log"
  if is_proxy_running; then
    "${nginx[@]}" -s reload 2>>"$LOGS/proxy.log"
  else
    say "starting nginx on 127.0.0.1:$CLUSTER_PROXY_PORT (app $APP_PUBLIC_URL, Keycloak $KEYCLOAK_PUBLIC_URL)"
    "${nginx[@]}" 2>>"$LOGS/proxy.log" || die "nginx did not start; see $LOGS/proxy.log"
  fi
}
stop_proxy() {
  if is_proxy_running; then
    local pid; pid=$(proxy_pid); kill -QUIT "$pid"
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    say "nginx stopped"
  fi
}

# What the tests and the demo need to reach the cluster: the app's settings for its database
# (scripts/print-env.sh), the public URLs, the nodes' and instances' own addresses, its logs.
print_cluster_env() {
  bash "$ROOT/scripts/print-env.sh" schulid
  ensure_secrets
  echo "CLUSTER_APP_URL=$APP_PUBLIC_URL"
  echo "CLUSTER_KEYCLOAK_URL=$KEYCLOAK_PUBLIC_URL"
  echo "CLUSTER_APP_INSTANCES=http://127.0.0.1:$(app_port 1) http://127.0.0.1:$(app_port 2)"
  echo "CLUSTER_KEYCLOAK_NODES=http://127.0.0.1:$(kc_http_port 1) http://127.0.0.1:$(kc_http_port 2)"
  echo "CLUSTER_KEYCLOAK_DATABASE_URL=postgresql://keycloak:$PG_KEYCLOAK_PASSWORD@127.0.0.1:$PGPORT/keycloak"
  echo "CLUSTER_LOGS=$LOGS"
}

stop_cluster() {
  for n in 1 2; do run_for_app "$n" bash "$ROOT/scripts/app.sh" stop; done
  stop_proxy
  for n in 2 1; do run_for_node "$n" bash "$ROOT/keycloak/start.sh" stop; done
  bash "$ROOT/scripts/postgres.sh" stop
}

start_keycloak_nodes() {
  # Keycloak's own cluster: distributed caches (ispn) over JGroups, the nodes finding each other
  # through a table in their shared database (the jdbc-ping stack, Keycloak 26's default, named
  # here so that a changed default cannot split the cluster). Bound to loopback, on ports of their
  # own: another Keycloak on this machine (the single stack's) uses 7800 and 57800.
  export KC_CACHE=ispn KC_CACHE_STACK=jdbc-ping KC_CACHE_EMBEDDED_NETWORK_BIND_ADDRESS=127.0.0.1
  # Both nodes ask the app instances through the proxy's internal listener (either instance answers).
  export SCHULID_DECISION_URL=http://127.0.0.1:$CLUSTER_INTERNAL_PORT/internal/login-decisions
  # A changed realm-export/ resets the database on node 1's start: node 2 must not be running then.
  [ "$(cat "$STATE/keycloak-realm.hash" 2>/dev/null)" = "$(realm_hash)" ] ||
    run_for_node 2 bash "$ROOT/keycloak/start.sh" stop
  # One after the other: node 1 imports the realms (and builds, on the first run); node 2 joins.
  run_for_node 1 bash "$ROOT/keycloak/start.sh"
  KC_IMPORT_REALM=false KC_DIST_READY=true run_for_node 2 bash "$ROOT/keycloak/start.sh"
}

# Both nodes report a cluster view of two members (ISPN000094) once they have found each other.
wait_for_cluster_view() {
  local n view
  for n in 1 2; do
    for _ in $(seq 60); do
      # The newest line, in the current log or (after a day's rotation) the rotated ones.
      view=$(ls -tr "$LOGS"/*"keycloak-node-$n.log" 2>/dev/null | xargs -r grep -h 'ISPN000094' | tail -n 1)
      [[ $view == *'] (2) ['* ]] && continue 2
      sleep 1
    done
    die "Keycloak node-$n does not see a cluster of two; see $LOGS/keycloak-node-$n.log"
  done
}

# An app instance is (re)started when it is down, or when app/ or the schema changed since it
# started — but never under the tests of one run (SCHULID_TEST_RUN, from the tests' global set-up):
# instances the tests of a run started are the ones they keep using.
is_app_current() {
  local n=$1 pidfile=$STATE/app-$1.pid
  { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null &&
    curl -fsS "http://127.0.0.1:$(app_port "$n")/readyz" >/dev/null 2>&1; } || return 1
  [ -n "${SCHULID_TEST_RUN:-}" ] && [ "$(cat "$STATE/apps.run" 2>/dev/null)" = "$SCHULID_TEST_RUN" ] && return 0
  [ -z "$(find "$ROOT/app" "$ROOT/prisma" -newer "$pidfile" -type f -print -quit)" ]
}
start_apps() {
  ensure_secrets
  export_app_env schulid
  (cd "$ROOT" && node_modules/.bin/tsx scripts/migrate.ts) | sed "s/^/    cluster: /"
  local n pids=()
  for n in 1 2; do
    is_app_current "$n" || { run_for_app "$n" bash "$ROOT/scripts/app.sh" restart & pids+=($!); }
  done
  for n in "${pids[@]}"; do wait "$n" || die "an app instance did not start; see $LOGS/app-*.log"; done
  echo "${SCHULID_TEST_RUN:-}" >"$STATE/apps.run"
}

# One start or stop at a time (two test workers may ask at once). The lock's descriptor is closed
# for what runs under it: the servers started would otherwise hold the lock for as long as they run.
with_lock() { ( flock 9; "$@" 9>&- ) 9>"$STATE/cluster.lock"; }

# Within one test run, a cluster already started for it and answering is simply reused.
is_up_for_this_test_run() {
  [ -n "${SCHULID_TEST_RUN:-}" ] && [ "$(cat "$STATE/apps.run" 2>/dev/null)" = "$SCHULID_TEST_RUN" ] &&
    curl -fsS "$APP_PUBLIC_URL/readyz" >/dev/null 2>&1 &&
    curl -fsS "http://127.0.0.1:$(kc_management_port 1)/health/ready" >/dev/null 2>&1 &&
    curl -fsS "http://127.0.0.1:$(kc_management_port 2)/health/ready" >/dev/null 2>&1
}

start_cluster() {
  local started; started=$(date +%s)
  if is_up_for_this_test_run; then say "cluster up (reused within this test run)"; return; fi
  command -v nginx >/dev/null || apt_install nginx
  bash "$ROOT/scripts/postgres.sh"
  start_keycloak_nodes
  start_proxy
  start_apps
  wait_for 30 "the cluster's proxy" curl -fsS "$APP_PUBLIC_URL/readyz"
  wait_for_cluster_view
  say "cluster up ($(( $(date +%s) - started ))s): app $APP_PUBLIC_URL, Keycloak $KEYCLOAK_PUBLIC_URL"
}

case "${1:-start}" in
  start) with_lock start_cluster ;;
  stop) with_lock stop_cluster ;;
  env) print_cluster_env ;;
  *) die "usage: scripts/cluster.sh [start|stop|env]" ;;
esac
