#!/usr/bin/env bash
# JMH benchmarks of the CDN engine (docs/benchmarks.md). Extra arguments go to JMH,
# e.g. scripts/bench-cdn.sh warmHitQuiet -f 1
exec "$(dirname "$0")/jmh.sh" CdnEngineBenchmark "$@"
