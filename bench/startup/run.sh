#!/usr/bin/env bash
# Start-up benchmark: the platform jar against a bare application with the same dependencies and an embedded
# PostgreSQL, measured in the same run, each on a fresh data directory (first start) and again on the same one
# (later starts). Prints seconds from launch to a healthy /actuator/health, the medians, and the load average; and the
# CPU seconds the JVM (with the children it waited for, such as initdb) spent until then, which a shared, loaded
# machine disturbs far less than the elapsed time.
#   bench/startup/run.sh [runs]      (default 3 runs of each; PORT=18080)
# JAVA_OPTS are given to both applications alike (e.g. a JVM flag tried for the platform is measured for the bare
# application too). PLATFORM_JARS="a.jar b.jar" measures several builds of the platform, interleaved in one run.
# BARE_JARS lists the bare application's builds the same way; ratios are to its first entry. An entry of either list
# may carry JVM options of its own after a '+' (several separated by ','), so that one run compares, say, the plain
# jars with the same jars started with AOT or a CDS archive (docs/operations.md, Start-up):
#   BARE_JARS="$B $B+-Dspring.aot.enabled=true" PLATFORM_JARS="$P $P+-Dspring.aot.enabled=true" bench/startup/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
PORT=${PORT:-18080}
PLATFORM_JARS=${PLATFORM_JARS:-target/gsi-platform.jar}
BARE_JARS=${BARE_JARS:-bench/startup/bare-app/target/bare-app.jar}
read -r -a JAVA_FLAGS <<< "${JAVA_OPTS:-}"
[ -f target/gsi-platform.jar ] || ./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
(cd bench/startup/bare-app && [ -f target/bare-app.jar ] || ../../../mvnw -q -B package -DskipTests)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

time_to_healthy() { # jar[+options], data-dir option: prints elapsed and CPU seconds
  local start end pid cpu own=()
  [[ $1 == *+* ]] && IFS=, read -r -a own <<< "${1#*+}"
  start=$(date +%s.%N)
  java "${JAVA_FLAGS[@]}" "${own[@]}" -jar "${1%%+*}" "$2" --server.port=$PORT > "$WORK/log" 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health" 2>/dev/null | grep -q UP; do
    if ! kill -0 $pid 2>/dev/null; then echo "failed to start; see log:" >&2; tail -20 "$WORK/log" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15 + $16 + $17) / hz }' /proc/$pid/stat)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$(echo "$end - $start" | bc) $cpu"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-10s %-32s %-14s %s\n" run app seconds cpu-seconds
for i in $(seq 1 "$RUNS"); do
  for jar in $BARE_JARS $PLATFORM_JARS; do
    dir="$WORK/$i-$(basename "${jar%%+*}" .jar)"
    if [[ $jar == *bare-app.jar* ]]; then opt="--data-dir=$dir"; else opt="--gsi.data-dir=$dir"; fi
    app=$jar
    read -r first first_cpu <<< "$(time_to_healthy "$jar" "$opt")"
    read -r later later_cpu <<< "$(time_to_healthy "$jar" "$opt")"
    printf "%-10s %-32s %-14.2f %s\n" "first-$i" "$app" "$first" "$first_cpu" "later-$i" "$app" "$later" "$later_cpu"
    echo "$app first $first $first_cpu" >> "$WORK/results"
    echo "$app later $later $later_cpu" >> "$WORK/results"
    rm -rf "$dir"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
of() { awk -v a="$1" -v k="$2" -v c="$3" '$1 == a && $2 == k { print $c }' "$WORK/results" | median; }
for col in 3 4; do
  [ $col = 3 ] && what=seconds || what=cpu-seconds
  printf "\n%-32s %-10s %-10s %-11s %s\n" "median of $RUNS, $what" first later first/bare later/bare
  bare=${BARE_JARS%% *}
  for app in $BARE_JARS $PLATFORM_JARS; do
    f=$(of "$app" first $col); l=$(of "$app" later $col)
    printf "%-32s %-10.2f %-10.2f %-11.2f %.2f\n" "$app" "$f" "$l" "$(echo "$f / $(of "$bare" first $col)" | bc -l)" \
      "$(echo "$l / $(of "$bare" later $col)" | bc -l)"
  done
done
