#!/usr/bin/env bash
# JMH benchmarks of the Route 53 answer engine (docs/benchmarks.md). Extra arguments go to JMH,
# e.g. scripts/bench-dns.sh weightedRecord -f 1
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main DnsAnswerBenchmark "$@"
