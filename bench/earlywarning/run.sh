#!/bin/sh
# End-to-end GDELT 2.0 ingestion against a plain COPY of the same file, in one run, with a 512 MB heap: a first
# import into an empty store and one into a store already holding other events, median of several runs.
# Usage (from the project root): bench/earlywarning/run.sh [rows] [stored] [runs]   (default 1000000 500000 3)
# Runs on a fresh clone: Maven fetches what it lacks (the dependency plugin, for the class path).
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
# the benchmark runs on a copy of the classes, so that a build during the run cannot pull them away
rm -rf target/bench-classes && cp -r target/classes target/bench-classes
exec java -Xmx512m -cp "target/bench-classes:$(cat target/bench-classpath.txt)" bench/earlywarning/IngestBenchmark.java \
  "${1:-1000000}" "${2:-500000}" "${3:-3}"
