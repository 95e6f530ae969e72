#!/usr/bin/env bash
# Runs the app in the background for the local stack (log: .local/log/app.log).
#   scripts/app.sh restart | stop
. "$(dirname "$0")/lib.sh"
PIDFILE=$STATE/app.pid

stop_app() {
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    # The app runs in its own session (setsid): signal the whole group, tsx and node alike.
    local pid; pid=$(cat "$PIDFILE"); kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- "-$pid" 2>/dev/null || true
    say "app stopped"
  fi
  rm -f "$PIDFILE"
}

case "${1:-restart}" in
  stop) stop_app ;;
  restart)
    stop_app
    ensure_secrets
    export_app_env schulid
    say "starting the app on http://localhost:$APP_PORT (log: $LOGS/app.log)"
    cd "$ROOT"
    # The log goes through scripts/log-writer.mjs: a new file a day, none kept past SERVER_LOG_RETENTION_DAYS.
    setsid nohup bash -c 'exec node_modules/.bin/tsx app/server.ts > >(exec node scripts/log-writer.mjs app "$0" "$1") 2>&1' \
      "$LOGS" "${SERVER_LOG_RETENTION_DAYS:-7}" </dev/null >/dev/null 2>&1 &
    echo $! >"$PIDFILE"
    for _ in $(seq 60); do
      curl -fsS "http://127.0.0.1:$APP_PORT/readyz" >/dev/null 2>&1 && exit 0
      kill -0 "$(cat "$PIDFILE")" 2>/dev/null || die "the app exited; see $LOGS/app.log"
      sleep 0.5
    done
    die "the app is not ready after 30s; see $LOGS/app.log" ;;
  *) die "usage: scripts/app.sh restart|stop" ;;
esac
