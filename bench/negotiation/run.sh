#!/bin/sh
# Runs the negotiated-text benchmark and prints its numbers.
# The test JVM is started through full-jit/bin/java so the code is compiled as in production (C1 and C2).
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B test -Dspotless.check.skip=true -Dtest='org.gsi.negotiation.internal.LargeTextBenchmark' \
  -Djvm="$(pwd)/bench/negotiation/full-jit/bin/java" -Dsurefire.failIfNoSpecifiedTests=false || true
grep -h '^BENCH' target/surefire-reports/org.gsi.negotiation.internal.LargeTextBenchmark-output.txt
