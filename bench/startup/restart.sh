#!/usr/bin/env bash
# Restart benchmark: seconds from launch to a healthy /actuator/health for a normal start (after a clean stop)
# and for a start after `kill -9` of the platform (which leaves its PostgreSQL running, stopped by the next
# start), alternately on the same data directory. Goal: a start after kill -9 within 1.5 times a normal start.
#   bench/startup/restart.sh [runs]      (default 3 runs of each; PORT=18082)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
PORT=${PORT:-18082}
[ -f target/gsi-platform.jar ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
WORK=$(mktemp -d)
PID=
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null || true
  if [ -f "$WORK/data/postgres/postmaster.pid" ]; then kill -INT "$(head -1 "$WORK/data/postgres/postmaster.pid")" 2>/dev/null || true; sleep 2; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

start() { # label: prints the seconds to healthy; leaves the platform running as $PID
  local begin end
  begin=$(date +%s.%N)
  java -jar target/gsi-platform.jar --gsi.data-dir="$WORK/data" --server.port=$PORT \
    --management.server.port=$PORT > "$WORK/log" 2>&1 &
  PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 $PID 2>/dev/null; then echo "failed to start; see log:" >&2; tail -20 "$WORK/log" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  printf "%-22s %s\n" "$1" "$(echo "$end - $begin" | bc)"
}

start "first (creates the db)"
kill $PID; wait $PID 2>/dev/null || true
for i in $(seq 1 "$RUNS"); do
  start "normal-$i"
  kill -9 $PID; wait $PID 2>/dev/null || true
  start "after-kill-9-$i"
  kill $PID; wait $PID 2>/dev/null || true
done
PID=
