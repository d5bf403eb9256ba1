#!/bin/sh
# Screening benchmark, in process, full JIT: a full-size UN list generated from the 2018 sample (import with change
# report, single checks) and a generated list of N entries (index, single checks, a batch of 10,000 names).
# Usage (from the project root): bench/screening/run.sh [entries]   (default 1000000; the index is kept under
# target/bench-screening/ and reused by later runs)
set -e
cd "$(dirname "$0")/../.."
./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
rm -rf target/bench-classes && cp -r target/classes target/bench-classes
exec java -Xmx2g -cp "target/bench-classes:$(cat target/bench-classpath.txt)" bench/screening/ScreeningBenchmark.java "${1:-1000000}"
