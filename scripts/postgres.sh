#!/usr/bin/env bash
# Starts (or reuses) a private PostgreSQL cluster on 127.0.0.1:$PGPORT, leaving the system's own
# PostgreSQL service alone. Creates the roles and databases the platform uses. Idempotent.
#   scripts/postgres.sh          start
#   scripts/postgres.sh stop     stop
. "$(dirname "$0")/lib.sh"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
[ -n "$(pg_bin)" ] || apt_install postgresql postgresql-contrib
BIN=$(pg_bin)

# As root, the cluster runs as the `postgres` user, which must be able to reach its folder.
PGDATA=$STATE/pg
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
if is_root && ! runuser -u postgres -- test -x "$STATE"; then
  # Named after the checkout, and after the state folder too when it is not the default one (the
  # cluster's PostgreSQL is another instance).
  instance=$ROOT; [ "$STATE" = "$ROOT/.local" ] || instance=$STATE
  PGDATA=/var/lib/schulid/$(echo "$instance" | sha256sum | cut -c1-12)/pg
fi

if [ "${1:-start}" = stop ]; then
  [ -f "$PGDATA/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null && say "PostgreSQL stopped"
  exit 0
fi

if [ ! -f "$PGDATA/PG_VERSION" ]; then
  say "creating a private PostgreSQL cluster in $PGDATA"
  mkdir -p "$PGDATA"; is_root && chown postgres "$PGDATA"; chmod 700 "$PGDATA"
  # Local socket: trust (only this machine's owner reaches it); TCP: passwords (scram).
  as_pg "$BIN/initdb" -D "$PGDATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$LOGS/initdb.log" 2>&1 || die "initdb failed; see $LOGS/initdb.log"
fi

# PostgreSQL's own log files (in $PGDATA/log): one per weekday, overwritten a week later, so none is
# older than 7 days; connections and statements are not logged (their defaults).
LOG_ROTATION="-c logging_collector=on -c log_directory=log -c log_filename=postgresql-%a.log \
-c log_rotation_age=1d -c log_rotation_size=0 -c log_truncate_on_rotation=on"
if ! as_pg "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; then
  say "starting PostgreSQL on 127.0.0.1:$PGPORT"
  as_pg "$BIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 60 \
    -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA -c max_connections=200 $LOG_ROTATION" start >/dev/null ||
    die "PostgreSQL did not start; see $PGDATA/server.log"
fi

ensure_secrets
psql_admin() { PGOPTIONS='-c client_min_messages=warning' as_pg "$BIN/psql" -h "$PGDATA" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }

# Login roles. The migrator owns the tables (and creates the group roles the migrations grant to);
# the app's role can neither own tables nor bypass row-level security.
psql_admin -d postgres >/dev/null <<SQL
SELECT format('CREATE ROLE %I LOGIN', r) FROM unnest(ARRAY['schulid_migrator','schulid_app','schulid_platform','keycloak']) r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec
ALTER ROLE schulid_migrator CREATEROLE PASSWORD '$PG_MIGRATOR_PASSWORD';
ALTER ROLE schulid_app NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '$PG_APP_PASSWORD';
ALTER ROLE schulid_platform NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD '$PG_PLATFORM_PASSWORD';
ALTER ROLE keycloak PASSWORD '$PG_KEYCLOAK_PASSWORD';
SELECT format('CREATE DATABASE %I OWNER %I', d, o) FROM (VALUES ('schulid','schulid_migrator'),
  ('schulid_test','schulid_migrator'), ('keycloak','keycloak')) v(d, o)
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = d) \gexec
SQL
# Group roles the migrations grant table rights to (the first migration creates them too, for hosts
# where only `prisma migrate deploy` runs), and the login roles that are their members.
psql_admin -d postgres >/dev/null <<SQL
SELECT format('CREATE ROLE %I NOLOGIN NOBYPASSRLS', r) FROM unnest(ARRAY['schulid_school_access','schulid_platform_access']) r
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) \gexec
GRANT schulid_school_access TO schulid_app;
GRANT schulid_platform_access TO schulid_platform;
SQL
# Only the owner may create objects in the app's databases.
for db in schulid schulid_test; do
  psql_admin -d "$db" -c "REVOKE CREATE ON SCHEMA public FROM PUBLIC; ALTER SCHEMA public OWNER TO schulid_migrator;" >/dev/null
done
echo "$PGDATA" >"$STATE/pgdata.path"
