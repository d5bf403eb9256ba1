#!/bin/sh
# Alerts and forecasts against a running platform: read throughput of the API and fragments (wrk), the time of a
# forecast recomputation and of the three standard backtests, with their average scores.
# Usage: bench/earlywarning-forecasts/run.sh [base-url]   (default http://localhost:8183; demo data loaded)
set -e
BASE="${1:-http://localhost:8183}"
TOKEN=$(curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"china","password":"demo"}' | python3 -c 'import sys, json; print(json.load(sys.stdin)["token"])')

echo "== read throughput (wrk, 2 threads, 8 connections, 10 s)"
for path in "/api/v1/forecasts?unit=admin1&country=CAF" "/api/v1/forecasts/map?horizon=1&metric=p_gt_0" \
    "/api/v1/alerts?country=CAF" "/early-warning/fragments/forecast?country=CAF" \
    "/early-warning/fragments/alerts?country=CAF"; do
  printf '%s: ' "$path"
  wrk -t2 -c8 -d10s "$BASE$path" | awk '/Latency/ {lat = $2} /Requests\/sec/ {rps = $2} END {printf "%s req/s, mean latency %s\n", rps, lat}'
done

echo "== forecast recomputation (country and admin1)"
curl -sf -X POST "$BASE/api/v1/forecasts/runs" -H "Authorization: Bearer $TOKEN" >/dev/null
sleep 2
while curl -sf "$BASE/api/v1/forecasts/runs" -H "Authorization: Bearer $TOKEN" | grep -q '"RUNNING"'; do sleep 1; done
curl -sf "$BASE/api/v1/forecasts/runs" -H "Authorization: Bearer $TOKEN" | python3 "$(dirname "$0")/runs.py"

echo "== backtests (POST /api/v1/forecasts/backtests)"
for body in '{"dataSource":"stored","unitLevel":"country"}' '{"dataSource":"stored","unitLevel":"admin1"}' \
    '{"dataSource":"acd"}'; do
  id=$(curl -sf -X POST "$BASE/api/v1/forecasts/backtests" -H "Authorization: Bearer $TOKEN" \
    -H 'Content-Type: application/json' -d "$body" | python3 -c 'import sys, json; print(json.load(sys.stdin)["id"])')
  while curl -sf "$BASE/api/v1/forecasts/backtests/$id" -H "Authorization: Bearer $TOKEN" \
      | grep -Eq '"status":"(QUEUED|RUNNING)"'; do sleep 1; done
  curl -sf "$BASE/api/v1/forecasts/backtests/$id" -H "Authorization: Bearer $TOKEN" | python3 "$(dirname "$0")/report.py"
done
