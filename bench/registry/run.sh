#!/usr/bin/env bash
# Page and API latency at a fixed rate (wrk, Lua pacing): party search and profiles (API and page), project pages
# and meeting pages, 200 requests/s over 10 connections for 30 s each, against a platform on $BASE (default:
# starts one with the demo scenario on a scratch data dir).
#   bench/registry/run.sh [rate] [seconds] [runs...]       runs: search profile-api profile-page project-page meeting-page
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-200}
SECONDS_EACH=${2:-30}
shift $(( $# > 2 ? 2 : $# ))
RUNS=${*:-search profile-api profile-page project-page meeting-page}
BASE=${BASE:-}
PID=${PID:-}
if [ -z "$BASE" ]; then
  [ -f target/gsi-platform.jar ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
  DIR=$(mktemp -d)
  java -jar target/gsi-platform.jar --gsi.data-dir="$DIR" --server.port=18081 --gsi.demo=true > "$DIR/log" 2>&1 &
  PID=$!
  trap 'kill $PID; wait $PID 2>/dev/null; rm -rf "$DIR"' EXIT
  until curl -sf http://localhost:18081/actuator/health | grep -q UP; do sleep 0.5; done
  BASE=http://localhost:18081
fi
# public demo projects and meetings, as an anonymous visitor sees them
ids() {
  curl -sf "$BASE$1" | python3 -c 'import json, sys
d = json.load(sys.stdin)
print("\n".join(x["id"] for x in (d["items"] if isinstance(d, dict) else d)[:4]))'
}
PROJECTS=$(ids "/api/v1/projects?size=4" | sed 's|^|/projects/|')
MEETINGS=$(ids "/api/v1/meetings?size=4" | sed 's|^|/meetings/|')
# warm up
wrk -t2 -c10 -d10s -s bench/registry/paced.lua "$BASE" -- 400 "/api/v1/parties?q=kaz" "/api/v1/parties/CHN" \
  "/parties/CHN" $PROJECTS $MEETINGS > /dev/null
for name in $RUNS; do
  case $name in
    search) set -- "/api/v1/parties?q=kaz" "/api/v1/parties?q=arab" "/api/v1/parties?q=%D0%BA%D0%B8%D1%82" "/api/v1/parties?q=island&grouping=sids" ;;
    profile-api) set -- "/api/v1/parties/CHN" "/api/v1/parties/ETH" "/api/v1/parties/sco" "/api/v1/parties/BRA" ;;
    profile-page) set -- "/parties/CHN" "/parties/ETH" "/parties/sco" "/parties/BRA" ;;
    project-page) set -- $PROJECTS ;;
    meeting-page) set -- $MEETINGS ;;
    *) echo "unknown run $name" >&2; exit 2 ;;
  esac
  echo "== $name at $RATE req/s"
  [ -n "$PID" ] && BEFORE=$(awk '{print $14 + $15}' "/proc/$PID/stat")
  OUT=$(wrk -t2 -c10 -d"${SECONDS_EACH}s" --latency -s bench/registry/paced.lua "$BASE" -- "$RATE" "$@")
  echo "$OUT" | grep -E "Requests/sec|Latency |50%|90%|99%|Non-2xx|Socket errors"
  if [ -n "$PID" ]; then
    TICKS=$(( $(awk '{print $14 + $15}' "/proc/$PID/stat") - BEFORE ))
    REQUESTS=$(echo "$OUT" | awk '/requests in/ {print $1}')
    awk -v t="$TICKS" -v hz="$(getconf CLK_TCK)" -v n="$REQUESTS" \
      'BEGIN { printf "  CPU per request: %.1f ms (%d requests)\n", t * 1000 / hz / (n > 0 ? n : 1), n }'
  fi
done
