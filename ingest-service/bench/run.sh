#!/usr/bin/env bash
# Speed benchmark of ingest-service (not a test): Kafka's ProducerPerformance, then 1 KB reports pushed in
# batches through the HTTP API, then single-report POST latency at 200 requests/s - all against ONE broker
# started for the run (plus PostgreSQL), on this machine.
#
#   ingest-service/bench/run.sh [--warm-reports 600000] [--reports 300000] [--batch 500] [--clients 4]
#                               [--perf-warm-records 500000] [--perf-records 2000000]
#                               [--rate 200] [--latency-seconds 30] [--no-build]
# BENCH_JVM_ARGS adds options to the service JVM (e.g. -XX:StartFlightRecording=filename=/tmp/i.jfr).
set -euo pipefail
cd "$(dirname "$0")/../.."

build=1
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then build=0; else args+=("$arg"); fi
done

broker_cp=infra/kafka-broker/target/classes/grapevine/kafka-broker.classpath
if [[ ! -f "$broker_cp" ]]; then
  echo "missing $broker_cp: build the broker module first (./mvnw -q -pl infra/kafka-broker package)" >&2
  exit 1
fi
if [[ $build == 1 ]]; then
  ./mvnw -q -pl ingest-service package -DskipTests
fi
./mvnw -q -pl ingest-service dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath >/dev/null

exec java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Dbench.jvmArgs="${BENCH_JVM_ARGS:-}" -cp "ingest-service/target/test-classes:$(cat ingest-service/target/bench.classpath)" \
  io.grapevine.ingest.bench.IngestBenchmark \
  --app ingest-service/target/quarkus-app/quarkus-run.jar --kafka-classpath-file "$broker_cp" "${args[@]}"
