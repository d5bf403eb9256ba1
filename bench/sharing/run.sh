#!/usr/bin/env bash
# Benchmark of the sharing module's TAXII 2.1 server against a running platform with its embedded database.
# Usage: bench/sharing/run.sh [base-url] [data-dir]   (defaults: http://localhost:8080 ./data)
# Start the platform first:  java -jar target/gsi-platform.jar --gsi.demo=true --gsi.data-dir=./data
# Needs psql, curl, wrk and python3. Seeds 1,000,000 object versions once (about a minute).
set -euo pipefail
BASE=${1:-http://localhost:8080}
DATA=${2:-./data}
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=$(cat "$DATA/postgres.port")
export PGPASSFILE="$DATA/postgres.pgpass"   # the embedded database's generated passwords
PSQL=(psql -q -h localhost -p "$PORT" -U postgres -d postgres)
ACCEPT='Accept: application/taxii+json;version=2.1'

token() {
  curl -s -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"${GSI_DEMO_PASSWORD:-demo}\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
CHINA=$(token china)
KAZ=$(token kazakhstan)

GROUP=$("${PSQL[@]}" -tAc "SELECT id FROM sharing_group WHERE name = 'Bench 1M' LIMIT 1")
if [ -z "$GROUP" ]; then
  GROUP=$(curl -s -X POST "$BASE/api/v1/sharing/groups" -H "Authorization: Bearer $CHINA" \
    -H 'Content-Type: application/json' -d '{"name":"Bench 1M","members":["KAZ"]}' \
    | sed -E 's/.*"id":"([^"]+)".*/\1/')
fi
if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM sharing_object WHERE target_group = '$GROUP'")" -lt 1000000 ]; then
  echo "Seeding 1,000,000 object versions into group $GROUP..."
  "${PSQL[@]}" -v group="$GROUP" -f "$HERE/seed.sql"
fi
export GROUP
export IDS
IDS=$(mktemp)
"${PSQL[@]}" -tAc "SELECT stix_id FROM sharing_object WHERE target_group = '$GROUP' AND tlp <> 'RED'
                   ORDER BY md5(stix_id) LIMIT 2000" > "$IDS"

echo "== baseline of this machine now: the health endpoint, and TAXII discovery with a token"
wrk -t1 -c1 -d10s --latency "$BASE/actuator/health" | grep -E "50%|99%"
wrk -t1 -c1 -d10s --latency -H "$ACCEPT" -H "Authorization: Bearer $KAZ" "$BASE/taxii2/" | grep -E "50%|99%"

echo "== a page of 1,000 objects after a random added_after, read by a member (target <= 200 ms)"
curl -s -o /dev/null -w "first page: %{time_total} s, %{size_download} bytes\n" -H "$ACCEPT" \
  -H "Authorization: Bearer $KAZ" "$BASE/taxii2/gsi/collections/$GROUP/objects/?added_after=2020-01-01T00:00:00.5Z&limit=1000"
wrk -t1 -c1 -d30s --latency -s "$HERE/page.lua" -H "$ACCEPT" -H "Authorization: Bearer $KAZ" "$BASE" \
  | grep -E "Latency|50%|90%|99%|Requests/sec"

echo "== one object by match[id] (target <= 20 ms)"
wrk -t1 -c1 -d30s --latency -s "$HERE/match_id.lua" -H "$ACCEPT" -H "Authorization: Bearer $KAZ" "$BASE" \
  | grep -E "Latency|50%|90%|99%|Requests/sec"

echo "== a 10,000-object bundle taken in with validation (target >= 2,000 objects/s)"
FILE=$(mktemp --suffix=.json)
python3 "$HERE/bundle.py" 1000 > "$FILE"
curl -s -o /dev/null -w "warm-up, 1,000 objects: %{time_total} s\n" -X POST -H "$ACCEPT" \
  -H 'Content-Type: application/taxii+json;version=2.1' -H "Authorization: Bearer $CHINA" \
  --data-binary "@$FILE" "$BASE/taxii2/gsi/collections/$GROUP/objects/"
python3 "$HERE/bundle.py" 10000 > "$FILE"
echo "bundle: $(wc -c < "$FILE") bytes"
START=$(date +%s.%N)
curl -s -o "$FILE.out" -X POST -H "$ACCEPT" -H 'Content-Type: application/taxii+json;version=2.1' \
  -H "Authorization: Bearer $CHINA" --data-binary "@$FILE" "$BASE/taxii2/gsi/collections/$GROUP/objects/"
END=$(date +%s.%N)
OK=$(grep -o '"success_count":[0-9]*' "$FILE.out" | cut -d: -f2)
echo "$OK of 10000 objects accepted in $(echo "$END - $START" | bc) s: $(echo "$OK / ($END - $START)" | bc) objects/s"
rm -f "$FILE" "$FILE.out" "$IDS"
