#!/bin/sh
# The matcher's precision, recall and F1 on the shipped evaluation set, and the precision-recall curve.
# Usage (from the project root): bench/screening/quality.sh
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B compile dependency:build-classpath -Dspotless.check.skip=true -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
exec java -cp "target/classes:$(cat target/bench-classpath.txt)" bench/screening/Quality.java
