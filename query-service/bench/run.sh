#!/usr/bin/env bash
# query-service benchmark: 100,000 stories in the read model; throughput and p99 of the list by club sorted by
# credibility, the story by id and a trivial endpoint, measured in the same run with wrk (saturation) and a
# fixed-rate client (1,000 requests/s). Needs wrk (apt-get install -y --no-install-recommends wrk).
#
#   query-service/bench/run.sh                       # defaults
#   BENCH_STORIES=20000 BENCH_SECONDS=10 query-service/bench/run.sh
#
# BENCH_JVM_ARGS adds options to the service JVM (e.g. -XX:StartFlightRecording=filename=/tmp/q.jfr).
# Results: printed, and written to query-service/target/bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y --no-install-recommends wrk" >&2; exit 1; }

./mvnw -q -pl query-service package -DskipTests
./mvnw -q -pl query-service dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt
cd query-service
java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
    -Dbench.stories="${BENCH_STORIES:-100000}" -Dbench.seconds="${BENCH_SECONDS:-20}" \
    -Dbench.connections="${BENCH_CONNECTIONS:-64}" -Dbench.rate="${BENCH_RATE:-1000}" \
    -Dbench.jvmArgs="${BENCH_JVM_ARGS:-}" \
    io.grapevine.query.bench.Benchmark
