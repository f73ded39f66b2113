#!/usr/bin/env bash
# Start-to-ready time and idle memory of a Netsim jar, measured with curl and ps.
# Ready = the first answered AWS request (DescribeRegions, which also provisions the default VPC).
# Usage: scripts/measure-startup.sh [jar] [runs]     JAVA_OPTS and NETSIM_ARGS are passed through.
set -euo pipefail
JAR=${1:-target/netsim-0.1.0-SNAPSHOT.jar}
RUNS=${2:-5}
PORT=${PORT:-14999}
URL="http://127.0.0.1:$PORT/?Action=DescribeRegions&Version=2016-11-15"
readies=(); rsss=()
for _ in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  ${JAVA:-java} ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" ${NETSIM_ARGS:-} > /tmp/netsim-measure.log 2>&1 &
  pid=$!
  until curl -s -o /dev/null "$URL"; do
    kill -0 "$pid" 2>/dev/null || { cat /tmp/netsim-measure.log; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  readies+=($(( (end - start) / 1000000 )))
  sleep 10 # idle
  rsss+=($(( $(ps -o rss= -p "$pid") / 1024 )))
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "runs=$RUNS ready_ms: ${readies[*]} (median $(median "${readies[@]}"))"
echo "idle_rss_mb: ${rsss[*]} (median $(median "${rsss[@]}"))"
