#!/usr/bin/env bash
# Benchmarks of commitments and training, each on a freshly started platform with its own embedded database:
#  - seat allocation of a course among 150 eligible countries (target 50 ms), service call incl. storing the shares;
#  - the public accountability page /commitments with 1,000 pledges and 100,000 deliveries (target 300 ms), over HTTP.
# Usage: bench/commitments/run.sh   (from the project root; prints the BENCH lines)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -B test -Dspotless.check.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtest='org.gsi.training.internal.AllocationBenchmark,org.gsi.commitments.internal.AccountabilityBenchmark' || true
grep -h "BENCH" target/surefire-reports/*Benchmark-output.txt
