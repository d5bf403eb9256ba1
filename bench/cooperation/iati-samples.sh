#!/usr/bin/env bash
# Imports each IATI sample file twice (first import, then the same file again) and prints what the report says.
# Usage: bench/cooperation/iati-samples.sh base-url user "" files...   (third argument: a priorityArea override, or "")
set -euo pipefail
BASE=$1; USER=$2; AREA=$3; shift 3
TOKEN=$(curl -s -X POST "$BASE/api/v1/auth/tokens" -H 'Content-Type: application/json' \
  -d "{\"username\":\"$USER\",\"password\":\"demo\"}" | sed -E 's/.*"token":"([^"]+)".*/\1/')
printf '%-46s %-6s %6s %6s %6s %6s %6s %6s %6s\n' file run status read imported updated unchanged rejected warnings
for f in "$@"; do
  for run in first again; do
    OUT=$(mktemp)
    CODE=$(curl -s -o "$OUT" -w '%{http_code}' -X POST "$BASE/api/v1/imports/iati${AREA:+?priorityArea=$AREA}" \
      -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/xml' --data-binary "@$f")
    python3 - "$OUT" "$(basename "$f")" "$run" "$CODE" <<'PY'
import json, sys
path, name, run, code = sys.argv[1:]
try:
    r = json.load(open(path))
except Exception:
    r = {}
acts = r.get("activities", [])
read = r.get("read", len(acts))
def n(k):
    return r.get(k, sum(1 for a in acts if a.get("outcome") == k))
w = r.get("warnings")
warn = (len(w) if isinstance(w, list) else w) if w is not None else sum(len(a.get("warnings", []) or []) for a in acts)
print(f"{name:46} {run:6} {code:>6} {read:6} {n('imported'):6} {n('updated'):6} {n('unchanged'):6} {n('rejected'):6} {warn:6}")
reasons = {}
for a in acts:
    if a.get("outcome") == "rejected":
        reasons[a.get("reason","")[:110]] = reasons.get(a.get("reason","")[:110], 0) + 1
for k, v in reasons.items():
    print(f"    rejected x{v}: {k}")
if not acts and r:
    print("    " + json.dumps(r)[:200])
PY
    rm -f "$OUT"
  done
done
