#!/usr/bin/env bash
# JMH benchmarks of the Route 53 answer engine (docs/benchmarks.md). Extra arguments go to JMH,
# e.g. scripts/bench-dns.sh weightedRecord -f 1
exec "$(dirname "$0")/jmh.sh" DnsAnswerBenchmark "$@"
