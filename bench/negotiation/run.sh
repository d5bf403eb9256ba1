#!/bin/sh
# Runs the negotiated-text benchmark and prints its numbers.
set -e
cd "$(dirname "$0")/../.."
./mvnw -o -q test -Dspotless.check.skip=true -Dtest='org.gsi.negotiation.internal.LargeTextBenchmark' \
  -Dsurefire.failIfNoSpecifiedTests=false || true
grep -h '^BENCH' target/surefire-reports/org.gsi.negotiation.internal.LargeTextBenchmark-output.txt
