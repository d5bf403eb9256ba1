#!/bin/sh
# Country and PRIO-GRID forecasts on the shipped UCDP GED 21.1 extract (116 countries, 103,205 events), end to end
# through the platform: the import, the forecast run (country and grid, 36 horizons) and the standard backtests
# that follow it, then the grid map's read latency (wrk). Timings come from the platform's log (wall and CPU time).
# Usage (from the project root): bench/earlywarning-forecasts/grid.sh [port]   (default 8186; about 25 min quiet)
set -e
cd "$(dirname "$0")/../.."
PORT="${1:-8186}"
BASE="http://localhost:$PORT"
DATA="target/bench-forecasts"
LOG="$DATA/platform.log"
[ -f target/gsi-platform.jar ] || ./mvnw -q package -DskipTests
rm -rf "$DATA" && mkdir -p "$DATA"
# the benchmark runs a copy of the jar, so that a build during the run cannot pull it away
cp target/gsi-platform.jar "$DATA/gsi-platform.jar"
java -Xmx1g -jar "$DATA/gsi-platform.jar" --server.port="$PORT" --gsi.data-dir="$DATA" --gsi.demo=true \
  --gsi.demo.events=false --logging.level.org.gsi.earlywarning=info > "$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null' EXIT
until curl -sf "$BASE/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { tail -30 "$LOG"; exit 1; }
  sleep 2
done
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"secretariat","password":"demo"}' | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')

echo "== import of the shipped extract"
START=$(date +%s)
JOB=$(curl -sf -X POST "$BASE/api/v1/events/imports" -H "Authorization: Bearer $TOKEN" \
  -F "file=@src/main/resources/earlywarning/demo/ged211_precise_116_countries.csv.gz" \
  | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
while curl -sf "$BASE/api/v1/events/imports/$JOB" -H "Authorization: Bearer $TOKEN" | grep -Eq '"status":"(QUEUED|RUNNING)"'; do
  sleep 2
done
curl -sf "$BASE/api/v1/events/imports/$JOB" -H "Authorization: Bearer $TOKEN" | python3 -c '
import sys, json
j = json.load(sys.stdin)
print(j["status"], "read", j["read"], "imported", j["imported"], "rejected", j["rejected"], j.get("error") or "")'
echo "import: $(( $(date +%s) - START )) s"

echo "== forecast runs and standard backtests (country, grid: held-out countries, 2017-2020, h 1/3/6/12/24/36)"
until grep -q "backtest .* (stored GRID" "$LOG"; do
  kill -0 $PID 2>/dev/null || { tail -30 "$LOG"; exit 1; }
  sleep 10
done
grep -E "forecast run .* \((COUNTRY|GRID|ADMIN1)\)|backtest .* \(stored" "$LOG" | sed 's/.*INFO [0-9]* --- \[[^]]*\] [^ ]* *: //'
for level in COUNTRY GRID; do
  curl -sf "$BASE/api/v1/forecasts/backtests?dataSource=stored&unitLevel=$level" -H "Authorization: Bearer $TOKEN" \
    | python3 bench/earlywarning-forecasts/tables.py
done

echo "== grid map read (wrk, 1 thread, 4 connections, 10 s)"
for path in "/api/v1/forecasts/grid?horizon=1&metric=p_gt_0" "/api/v1/forecasts/grid?horizon=12&metric=median&country=NGA" \
    "/early-warning/forecasts/map?horizon=1"; do
  printf '%s: ' "$path"
  wrk -t1 -c4 -d10s --latency "$BASE$path" | awk '/Latency/ && !lat {lat = $2} /99%/ {p99 = $2} /Requests\/sec/ {rps = $2} END {printf "%s req/s, mean %s, p99 %s\n", rps, lat, p99}'
done
