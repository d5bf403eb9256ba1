#!/usr/bin/env bash
# Registry latency at a fixed rate: GET /api/v1/parties?q=... and party profiles (API and page), 200 requests/s
# over 10 connections for 30 s each, against a platform on $BASE (default: starts one on a scratch data dir).
#   bench/registry/run.sh [rate] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
RATE=${1:-200}
SECONDS_EACH=${2:-30}
BASE=${BASE:-}
if [ -z "$BASE" ]; then
  [ -f target/gsi-platform.jar ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
  DIR=$(mktemp -d)
  java -jar target/gsi-platform.jar --gsi.data-dir="$DIR" --server.port=18081 > "$DIR/log" 2>&1 &
  PID=$!
  trap 'kill $PID; wait $PID 2>/dev/null; rm -rf "$DIR"' EXIT
  until curl -sf http://localhost:18081/actuator/health | grep -q UP; do sleep 0.2; done
  BASE=http://localhost:18081
fi
# warm up
wrk -t2 -c10 -d10s -s bench/registry/paced.lua "$BASE" -- 400 "/api/v1/parties?q=kaz" "/api/v1/parties/CHN" > /dev/null
for name in search profile-api profile-page; do
  case $name in
    search) set -- "/api/v1/parties?q=kaz" "/api/v1/parties?q=arab" "/api/v1/parties?q=%D0%BA%D0%B8%D1%82" "/api/v1/parties?q=island&grouping=sids" ;;
    profile-api) set -- "/api/v1/parties/CHN" "/api/v1/parties/ETH" "/api/v1/parties/sco" "/api/v1/parties/BRA" ;;
    profile-page) set -- "/parties/CHN" "/parties/ETH" "/parties/sco" "/parties/BRA" ;;
  esac
  echo "== $name at $RATE req/s"
  wrk -t2 -c10 -d"${SECONDS_EACH}s" --latency -s bench/registry/paced.lua "$BASE" -- "$RATE" "$@" \
    | grep -E "Requests/sec|Latency |50%|90%|99%|Non-2xx"
done
