#!/usr/bin/env bash
# Start-up benchmark: the platform jar against a bare application with the same dependencies and an embedded
# PostgreSQL, measured in the same run, each on a fresh data directory (first start) and again on the same one
# (later starts). Prints seconds from launch to a healthy /actuator/health.
#   bench/startup/run.sh [runs]      (default 3 runs of each)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
PORT=18080
[ -f target/gsi-platform.jar ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
(cd bench/startup/bare-app && [ -f target/bare-app.jar ] || ../../../mvnw -q -B package -DskipTests)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

time_to_healthy() { # jar, data-dir option
  local start end pid
  start=$(date +%s.%N)
  java -jar "$1" "$2" --server.port=$PORT > "$WORK/log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 $pid 2>/dev/null; then echo "failed to start; see log:" >&2; tail -20 "$WORK/log" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$end - $start" | bc
}

printf "%-10s %-12s %s\n" run app seconds
for i in $(seq 1 "$RUNS"); do
  for app in bare platform; do
    dir="$WORK/$app-$i"
    if [ $app = bare ]; then jar=bench/startup/bare-app/target/bare-app.jar; opt="--data-dir=$dir";
    else jar=target/gsi-platform.jar; opt="--gsi.data-dir=$dir"; fi
    printf "%-10s %-12s %s\n" "first-$i" $app "$(time_to_healthy $jar "$opt")"
    printf "%-10s %-12s %s\n" "later-$i" $app "$(time_to_healthy $jar "$opt")"
  done
done
