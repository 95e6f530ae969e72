# Shared settings of the set-up scripts. Sourced, never run. Every value can be overridden from
# the environment; the defaults keep everything on loopback and inside this checkout.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${SCHULID_STATE:-$ROOT/.local}
LOGS=$STATE/log
SECRETS=$STATE/secrets.env

PGPORT=${PGPORT:-55432}
KC_HTTP_PORT=${KC_HTTP_PORT:-8180}
KC_MANAGEMENT_PORT=${KC_MANAGEMENT_PORT:-9180}
APP_PORT=${APP_PORT:-3000}
APP_INTERNAL_PORT=${APP_INTERNAL_PORT:-3001}
# Where browsers and the app reach Keycloak and the app. The single stack has no proxy: the servers'
# own ports. The cluster (scripts/cluster.sh) puts both behind its nginx and sets these to it.
KEYCLOAK_PUBLIC_URL=${KEYCLOAK_PUBLIC_URL:-http://127.0.0.1:$KC_HTTP_PORT}
APP_PUBLIC_URL=${APP_PUBLIC_URL:-http://localhost:$APP_PORT}

mkdir -p "$STATE" "$LOGS"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }

# apt-get install, only as root; otherwise say what to run.
apt_install() {
  if is_root; then
    say "installing Debian packages: $*"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >"$LOGS/apt.log" 2>&1 ||
      { apt-get update -q >>"$LOGS/apt.log" 2>&1 &&
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$LOGS/apt.log" 2>&1; } ||
      die "apt-get install $* failed; see $LOGS/apt.log"
  else
    die "missing: $*. Install them with: sudo apt-get install $*"
  fi
}

# Random secrets for the local stack, made once (each name added when missing) and kept in a
# git-ignored file, never in the repository.
SECRET_NAMES=(PG_MIGRATOR_PASSWORD PG_APP_PASSWORD PG_PLATFORM_PASSWORD PG_KEYCLOAK_PASSWORD
              KC_ADMIN_PASSWORD SESSION_SECRET SCHULID_APP_CLIENT_SECRET SCHULID_ADMIN_API_CLIENT_SECRET
              SCHUL_IDP_CLIENT_SECRET DEMO_USER_PASSWORD DECISION_SECRET RESEARCH_MASTER_KEY)
ensure_secrets() {
  local name
  ( umask 077; touch "$SECRETS" )
  for name in "${SECRET_NAMES[@]}"; do
    grep -q "^$name=" "$SECRETS" || echo "$name=$(head -c 33 /dev/urandom | base64 | tr -d '/+=')" >>"$SECRETS"
  done
  set -a; . "$SECRETS"; set +a
}

# The environment the app, the migration runner and the tests read (see app/lib/config.ts).
export_app_env() {
  local db=${1:-schulid}
  export DATABASE_URL="postgresql://schulid_app:$PG_APP_PASSWORD@127.0.0.1:$PGPORT/$db"
  export PLATFORM_DATABASE_URL="postgresql://schulid_platform:$PG_PLATFORM_PASSWORD@127.0.0.1:$PGPORT/$db"
  export MIGRATION_DATABASE_URL="postgresql://schulid_migrator:$PG_MIGRATOR_PASSWORD@127.0.0.1:$PGPORT/$db"
  export KEYCLOAK_URL="$KEYCLOAK_PUBLIC_URL"
  export KEYCLOAK_REALM=${KEYCLOAK_REALM:-schulid}
  export APP_BASE_URL="$APP_PUBLIC_URL"
  export SCHULID_APP_CLIENT_SECRET SCHULID_ADMIN_API_CLIENT_SECRET
  export SESSION_SECRET KC_ADMIN_PASSWORD DEMO_USER_PASSWORD SCHUL_IDP_CLIENT_SECRET DECISION_SECRET RESEARCH_MASTER_KEY
  export EXPORT_DIR=${EXPORT_DIR:-$STATE/exports/$db}
  export APP_PORT APP_INTERNAL_PORT
}

# Fingerprint of the realms Keycloak imports: a change resets a local Keycloak database (start.sh).
realm_hash() { cat "$ROOT"/realm-export/*.json "$ROOT"/realm-export/demo/*.json | sha256sum | cut -c1-16; }

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq "$seconds"); do "$@" >/dev/null 2>&1 && return 0; sleep 1; done
  die "$what did not come up within ${seconds}s"
}
