#!/usr/bin/env bash
# Runs the app in the background for the local stack (log: .local/log/app.log).
#   scripts/app.sh restart | stop
# APP_NAME names one of several instances (the cluster's app-1, app-2): its pid file and log.
. "$(dirname "$0")/lib.sh"
NAME=${APP_NAME:-app}
PIDFILE=$STATE/$NAME.pid

stop_app() {
  if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    # The app runs in its own session (setsid): signal the whole group, tsx and node alike.
    local pid; pid=$(cat "$PIDFILE"); kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
    for _ in $(seq 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 -- "-$pid" 2>/dev/null || true
    say "$NAME stopped"
  fi
  rm -f "$PIDFILE"
}

case "${1:-restart}" in
  stop) stop_app ;;
  restart)
    stop_app
    ensure_secrets
    export_app_env schulid
    say "starting $NAME on http://localhost:$APP_PORT (log: $LOGS/$NAME.log)"
    cd "$ROOT"
    # The log goes through scripts/log-writer.mjs: a new file a day, none kept past SERVER_LOG_RETENTION_DAYS.
    setsid nohup bash -c 'exec node_modules/.bin/tsx app/server.ts > >(exec node scripts/log-writer.mjs "$0" "$1" "$2") 2>&1' \
      "$NAME" "$LOGS" "${SERVER_LOG_RETENTION_DAYS:-7}" </dev/null >/dev/null 2>&1 &
    echo $! >"$PIDFILE"
    for _ in $(seq 60); do
      curl -fsS "http://127.0.0.1:$APP_PORT/readyz" >/dev/null 2>&1 && exit 0
      kill -0 "$(cat "$PIDFILE")" 2>/dev/null || die "$NAME exited; see $LOGS/$NAME.log"
      sleep 0.5
    done
    die "$NAME is not ready after 30s; see $LOGS/$NAME.log" ;;
  *) die "usage: scripts/app.sh restart|stop" ;;
esac
