#!/bin/sh
# The event store at scale: the store as migrated and the same table partitioned by month, filled with generated
# events on the platform's embedded PostgreSQL (durable, the platform's server settings), with fill rates, reads,
# an importer-like load and disk per million events. See bench/scale/README.md.
# Usage (from the project root): bench/scale/run.sh [total] [unpartitioned] [work-dir] [fill-minutes]
#   (default 50000000 5000000 target/bench-scale; the database, about 19 GB at 50 M events, is deleted at the end)
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -B compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime
# the benchmark runs on a copy of the classes, so that a build during the run cannot pull them away
rm -rf target/bench-scale-classes && cp -r target/classes target/bench-scale-classes
exec java -Xmx1g -cp "target/bench-scale-classes:$(cat target/bench-classpath.txt)" bench/scale/ScaleBenchmark.java \
  "${1:-50000000}" "${2:-5000000}" "${3:-target/bench-scale}" "${4:-0}"
