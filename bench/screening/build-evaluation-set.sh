#!/bin/sh
# Rebuilds src/main/resources/screening/evaluation-set.csv from the shipped UN list sample (fixed seed).
# Usage (from the project root): bench/screening/build-evaluation-set.sh
set -e
cd "$(dirname "$0")/../.."
./mvnw -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
exec java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/screening/BuildEvaluationSet.java "$@"
