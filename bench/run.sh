#!/usr/bin/env bash
# Benchmarks, printed as figures, each beside the same-run baseline it is compared with:
#   1. bare Express "hello" (requests/s, p50, p99) at 50 connections, autocannon on loopback
#   2. PostgreSQL single-row INSERT throughput (pgbench, 8 clients) on the local cluster
#   3. full login round trip through the app and Keycloak (p50/p99 over LOGINS=200), beside
#      Keycloak's own token endpoint
#   3b. login capacity: concurrent logins, logins/s and p99, and logins per Keycloak CPU second
#      (its process group's CPU time from /proc), with the realm's real argon2 hashing
#   4. the country check's decision endpoint (req/s, p50, p99), beside the GeoIP lookup alone
#   5. answer submit (authenticated, validated, one attempt row closed) at 50 and 200 connections,
#      to be read beside 1 and 2 (with the authenticated stack without database, and "next task")
#   6. research export (1 M and 10 M generated attempts): rows/s and peak RSS beside PostgreSQL's own
#      COPY of the same select
#   7. the linkage-attack check of an export (1 M generated attempts of varied tasks and durations):
#      the export with it, the check alone and the export without it, beside COPY of the same select;
#      for a first study and a second one over the same school and period; peak RSS
#   8. the web app: the pupils' entry's gzipped JavaScript, navigation to an interactive task page
#      in Chromium (beside /healthz), live overview latency with 30 classes × 25 pupils submitting
#      (beside a bare NOTIFY → LISTEN)
# Bounded: each load runs for BENCH_SECONDS (default 10) or LOGINS times, against 127.0.0.1 only.
. "$(dirname "$0")/../scripts/lib.sh"
SECONDS_EACH=${BENCH_SECONDS:-10}
cd "$ROOT"
bash scripts/stack.sh >/dev/null

say "bare Express hello, 50 connections, ${SECONDS_EACH}s"
node_modules/.bin/tsx bench/express-hello.ts >"$STATE/bench-hello.out" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q port "$STATE/bench-hello.out" 2>/dev/null && break; sleep 0.2; done
port=$(sed -E 's/.*"port":([0-9]+).*/\1/' "$STATE/bench-hello.out")
node_modules/.bin/tsx bench/http-load.ts express-hello "http://127.0.0.1:$port/hello" 50 "$SECONDS_EACH"
kill $server

say "PostgreSQL single-row INSERT, pgbench 8 clients, ${SECONDS_EACH}s"
pgdata=$(cat "$STATE/pgdata.path"); BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
as_pg() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }
psql_pg() { PGOPTIONS='-c client_min_messages=warning' as_pg "$BIN/psql" -h "$pgdata" -p "$PGPORT" -U postgres -q -v ON_ERROR_STOP=1 "$@"; }
psql_pg -d postgres -tc "SELECT 1 FROM pg_database WHERE datname = 'schulid_bench'" | grep -q 1 ||
  psql_pg -d postgres -c "CREATE DATABASE schulid_bench"
psql_pg -d schulid_bench -c "DROP TABLE IF EXISTS bench_insert; CREATE TABLE bench_insert (id bigserial PRIMARY KEY, school_id uuid NOT NULL, duration_ms int NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"
script=$(mktemp); chmod 644 "$script"
echo "INSERT INTO bench_insert (school_id, duration_ms) VALUES (gen_random_uuid(), (random() * 60000)::int);" >"$script"
as_pg "$BIN/pgbench" -h "$pgdata" -p "$PGPORT" -U postgres -n -c 8 -j 2 -T "$SECONDS_EACH" -f "$script" schulid_bench 2>&1 |
  awk '/^tps/ { printf "{\"name\":\"postgres-insert\",\"clients\":8,\"tps\":%d}\n", $3 } /latency average/ { lat=$4 } END { if (lat) printf "{\"name\":\"postgres-insert\",\"latencyAvgMs\":%s}\n", lat }'
rm -f "$script"

say "login round trip, ${LOGINS:-200} logins one after another, beside Keycloak's token endpoint"
set -a; eval "$(bash scripts/print-env.sh schulid_test)"; set +a
LOG_LEVEL=silent node_modules/.bin/tsx bench/login-roundtrip.ts

say "login capacity: 1, 2, 4, 8 concurrent logins (${LOGIN_SECONDS:-15}s each), per Keycloak core-second, beside the token endpoint"
LOG_LEVEL=silent node_modules/.bin/tsx bench/login-capacity.ts

say "country check: decision endpoint under load (50 connections, ${SECONDS_EACH}s), beside the GeoIP lookup alone"
BENCH_SECONDS=$SECONDS_EACH LOG_LEVEL=silent node_modules/.bin/tsx bench/login-decision.ts

say "answer submit at 50 and 200 connections (${SECONDS_EACH}s each); compare with the baselines above"
BENCH_SECONDS=$SECONDS_EACH node_modules/.bin/tsx bench/submit.ts

say "research export of generated attempts (${BENCH_EXPORT_ROWS:-1000000,10000000} rows), beside PostgreSQL's COPY of the same select"
# The heap is capped like a production worker's: the export must stream, not buffer.
BENCH_EXPORT_ROWS=${BENCH_EXPORT_ROWS:-1000000,10000000} node --expose-gc --max-old-space-size=128 --import tsx bench/export.ts

say "research export's linkage check (${BENCH_LINKAGE_ROWS:-1000000} rows): with and without it, beside PostgreSQL's COPY"
BENCH_LINKAGE_ROWS=${BENCH_LINKAGE_ROWS:-1000000} node --expose-gc --max-old-space-size=128 --import tsx bench/export-linkage.ts

say "web app: shipped size, task page in Chromium, live overview latency (${CLASSES:-30} classes × ${PUPILS:-25} pupils)"
set -a; eval "$(bash scripts/print-env.sh schulid_test)"; set +a
LOG_LEVEL=silent node_modules/.bin/tsx bench/web.ts
