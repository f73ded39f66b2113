#!/usr/bin/env bash
# Runs one of the engines' JMH benchmarks (docs/benchmarks.md): scripts/jmh.sh <BenchmarkClass> [JMH arguments],
# e.g. scripts/jmh.sh CdnEngineBenchmark warmHitQuiet -f 1
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "$@"
