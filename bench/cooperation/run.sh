#!/usr/bin/env bash
# Benchmark of the cooperation module against a running platform with its embedded database.
# Usage: bench/cooperation/run.sh [base-url] [data-dir] [all|iati]   (defaults: http://localhost:8080 ./data all)
# With "iati" only the IATI import and re-import are measured.
# Start the platform first:  java -jar target/gsi-platform-*.jar --gsi.demo=true --gsi.data-dir=./data
# Needs psql, curl and wrk.
set -euo pipefail
BASE=${1:-http://localhost:8080}
DATA=${2:-./data}
ONLY=${3:-all}
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=$(cat "$DATA/postgres.port")
export PGPASSFILE="$DATA/postgres.pgpass"   # the embedded database's generated passwords
PSQL=(psql -q -h localhost -p "$PORT" -U postgres -d postgres)

if [ "$("${PSQL[@]}" -tAc "SELECT count(*) FROM cooperation_project WHERE title_text LIKE 'Bench project %'")" -lt 100000 ]; then
  echo "Seeding 100,000 projects and 1,000,000 transactions..."
  "${PSQL[@]}" -f "$HERE/seed.sql"
fi

TOKEN=$(curl -s -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d '{"username":"china","password":"demo"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')

if [ "$ONLY" = all ]; then
echo "== project list with filters and search (target p99 <= 100 ms)"
curl -s -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/projects?q=cyber%20resp&size=2" | grep -o '"total":[0-9]*,"totalExact":[a-z]*' || true
wrk -t2 -c8 -d20s --latency -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/v1/projects?q=demining&area=III.9&status=active&size=50" | grep -E "Latency|99%|Requests/sec"
wrk -t2 -c8 -d20s --latency -H "Authorization: Bearer $TOKEN" \
  "$BASE/api/v1/projects?q=cyber%20resp&size=50" | grep -E "Latency|99%|Requests/sec"
echo "-- one client at a time"
for q in "q=demining&area=III.9&status=active" "q=cyber%20resp"; do
  wrk -t1 -c1 -d15s --latency -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/projects?$q&size=50" \
    | grep -E "50%|99%"
done

echo "== portfolio dashboard (target <= 300 ms)"
# Each search text below matches most of the 100,000 projects and is computed afresh the first time.
for word in bench project test; do
  curl -s -o /dev/null -w "uncached, q=$word: %{time_total} s\n" "$BASE/portfolio?q=$word"
done
wrk -t2 -c4 -d20s --latency "$BASE/portfolio" | grep -E "Latency|99%|Requests/sec"
fi

echo "== IATI import (target >= 500 activities/s)"
SAMPLE="$HERE/../../src/test/resources/cooperation/samples/example_203_file.xml"
# 80 copies of the sample's 13 activities under fresh identifiers: 1,040 activities
build_file() {
  echo '<?xml version="1.0" encoding="UTF-8"?><iati-activities version="2.03">'
  for i in $(seq 1 80); do
    sed -n '/<iati-activity /,/<\/iati-activity>/p' "$SAMPLE" | sed "s/NL-1-PPR-/BENCH-$1-$i-/g"
  done
  echo '</iati-activities>'
}
FILE=$(mktemp --suffix=.xml)
# a first import of other identifiers warms the import code up (compiled, not interpreted) before the measured one
build_file "warm-$(date +%s%N)" > "$FILE"
curl -s -o /dev/null -w "warm-up import: %{time_total} s\n" -X POST "$BASE/api/v1/imports/iati?priorityArea=III.18" \
  -H "Authorization: Bearer $TOKEN" -F "file=@$FILE;type=application/xml"
build_file "$(date +%s%N)" > "$FILE"
COUNT=$(grep -c '<iati-identifier>' "$FILE")
# Import requests may be up to 50 MB (gsi.max-import-size), as a form upload or as a raw XML body.
START=$(date +%s.%N)
curl -s -o "$FILE.out" -X POST "$BASE/api/v1/imports/iati?priorityArea=III.18" -H "Authorization: Bearer $TOKEN" \
  -F "file=@$FILE;type=application/xml"
END=$(date +%s.%N)
DONE=$(grep -o '"outcome":"\(imported\|updated\|unchanged\)"' "$FILE.out" | wc -l || true)
if [ "$DONE" -ne "$COUNT" ]; then
  echo "import answered with $DONE of $COUNT activities imported or updated:"; head -c 600 "$FILE.out"; echo
fi
echo "$DONE of $COUNT activities in $(echo "$END - $START" | bc) s: $(echo "$DONE / ($END - $START)" | bc) activities/s"
echo "-- the same activities again, their titles revised, as raw XML in the background (Prefer: respond-async), polled"
# every title changes, so that each activity is an update (an unchanged activity is recognised and not written)
sed -i 's/<narrative>/<narrative>Revised /' "$FILE"
START=$(date +%s.%N)
JOB=$(curl -s -D - -o /dev/null -X POST "$BASE/api/v1/imports/iati?priorityArea=III.18" -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/xml' -H 'Prefer: respond-async' --data-binary "@$FILE" | tr -d '\r' | sed -n 's/^Location: //Ip')
while :; do
  STATE=$(curl -s -H "Authorization: Bearer $TOKEN" "$BASE$JOB" | grep -o '"state":"[a-z]*","fileName":"[^"]*","total":[0-9]*,"done":[0-9]*')
  echo "  $STATE"
  case "$STATE" in *'"state":"done"'*|*'"state":"failed"'*) break ;; esac
  sleep 1
done
END=$(date +%s.%N)
echo "background re-import of $COUNT activities in $(echo "$END - $START" | bc) s: $(echo "$COUNT / ($END - $START)" | bc) activities/s"
rm -f "$FILE" "$FILE.out"
