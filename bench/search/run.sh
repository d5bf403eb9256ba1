#!/usr/bin/env bash
# Global search and home page under load (wrk, Lua pacing), against a platform with the demo scenario and 100,000
# extra projects (seed.sql, loaded once): global search as an anonymous visitor and as a party at a fixed rate
# (default 20 requests/s), and the home page of a user with 1,000 waiting items.
#   bench/search/run.sh [rate] [seconds]
# paced.lua waits 10 connections x 1000 / rate ms between a connection's requests, not counting the answer's own
# time, so the rate reached is below the one asked for when answers are slow: read "Requests/sec" (ask for 28 to reach
# about 20 when answers take 150 ms).
# With BASE and DATA set (http://localhost:8089, the platform's data directory) it uses a running platform;
# otherwise it starts one on port 8089 with its data under target/bench-search.
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-20}
SECONDS_EACH=${2:-30}
BASE=${BASE:-}
DATA=${DATA:-target/bench-search}
if [ -z "$BASE" ]; then
  [ -f target/gsi-platform.jar ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
  mkdir -p "$DATA"
  java -jar target/gsi-platform.jar --gsi.data-dir="$DATA" --server.port=8089 --gsi.demo=true > "$DATA/log" 2>&1 &
  PID=$!
  trap 'kill $PID; wait $PID 2>/dev/null' EXIT
  until curl -sf http://localhost:8089/actuator/health | grep -q UP; do sleep 0.5; done
  BASE=http://localhost:8089
fi
export PGPASSFILE="$DATA/postgres.pgpass"   # the embedded database's generated passwords
PSQL=(psql -q -h localhost -p "$(cat "$DATA/postgres.port")" -U postgres -d postgres)
if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM cooperation_project WHERE title_text LIKE 'Search bench %'")" -lt 100000 ]; then
  echo "Seeding 100,000 projects and 1,000 consents waiting for Indonesia..."
  "${PSQL[@]}" -f bench/search/seed.sql
fi
token() {
  curl -sf -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"demo\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
CHINA=$(token china)
INDONESIA=$(token indonesia)
# few matches, many matches (every tenth of the table), French stem, Chinese pairs, two words
SEARCHES=("/api/v1/search?q=kazakhstan" "/api/v1/search?q=demining" "/api/v1/search?q=d%C3%A9minage"
  "/api/v1/search?q=%E6%89%AB%E9%9B%B7" "/api/v1/search?q=maritime%20patrol" "/search?q=police%20training")
echo "consents waiting for indonesia: $(curl -sf -H "Authorization: Bearer $INDONESIA" "$BASE/" | tr -d '\n' \
  | grep -o 'id="work-consents".\{0,200\}' | grep -o 'badge">[0-9]*' | head -1 | tr -dc '0-9')"
run() { # name, header, paths...
  local name=$1 header=$2
  shift 2
  echo "== $name at $RATE req/s"
  wrk -t2 -c10 -d5s -s bench/registry/paced.lua -H "$header" "$BASE" -- "$RATE" "$@" > /dev/null
  wrk -t2 -c10 -d"${SECONDS_EACH}s" --latency -s bench/registry/paced.lua -H "$header" "$BASE" -- "$RATE" "$@" \
    | grep -E "Requests/sec|Latency |50%|90%|99%|Non-2xx|Socket errors"
}
run "search, anonymous" "X-Bench: anonymous" "${SEARCHES[@]}"
run "search, as China" "Authorization: Bearer $CHINA" "${SEARCHES[@]}"
run "home page, Indonesia with 1,000 waiting consents" "Authorization: Bearer $INDONESIA" "/"
echo "-- one request at a time"
for p in "${SEARCHES[@]}"; do
  curl -s -o /dev/null -H "Authorization: Bearer $CHINA" -w "$p: %{time_total} s\n" "$BASE$p"
done
curl -s -o /dev/null -H "Authorization: Bearer $INDONESIA" -w "home of indonesia: %{time_total} s\n" "$BASE/"
