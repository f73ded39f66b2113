#!/usr/bin/env bash
# dnsperf against Netsim's DNS server and against BIND 9 serving the same zone, on this machine,
# in one run (by hand, not by CI). Needs a running Netsim (NETSIM_ENDPOINT, NETSIM_DNS_PORT) and the
# Debian packages dnsperf and bind9 (apt-get install dnsperf bind9).
#
#   bench/dns-bench.sh            # 10 s per run, 4 dnsperf clients
#   DURATION=30 CLIENTS=8 bench/dns-bench.sh
#
# Prints queries per second and lost queries for: BIND, simple record; Netsim, simple record;
# Netsim, weighted records (1:3).
set -euo pipefail

ENDPOINT=${NETSIM_ENDPOINT:-http://127.0.0.1:4566}
NETSIM_PORT=${NETSIM_DNS_PORT:-5353}
BIND_PORT=${BIND_PORT:-15354}
DURATION=${DURATION:-10}
CLIENTS=${CLIENTS:-4}
ACCOUNT=${BENCH_ACCOUNT:-$(printf '8%011d' $(( (RANDOM << 15 | RANDOM) % 100000000000 )))}
ZONE_NAME=${ZONE_NAME:-bench${RANDOM}.example}
WORK=$(mktemp -d)
trap 'kill "${NAMED_PID:-}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v dnsperf >/dev/null || { echo "dnsperf is not installed (apt-get install dnsperf)"; exit 1; }
command -v named >/dev/null || { echo "BIND is not installed (apt-get install bind9)"; exit 1; }

route53() { curl -sf -X POST "$ENDPOINT/api/route53/actions/$1" -H 'Content-Type: application/json' -H "X-Netsim-Account: $ACCOUNT" -d "$2"; }
ZONE_ID=$(route53 CreateHostedZone "{\"Name\":\"$ZONE_NAME\",\"CallerReference\":\"bench-$$\"}" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["HostedZone"]["Id"].split("/")[-1])')
record() { printf '{"Action":"CREATE","ResourceRecordSet":{"Name":"%s","Type":"A",%s"TTL":60,"ResourceRecords":[{"Value":"%s"}]}}' "$@"; }
route53 ChangeResourceRecordSets "{\"HostedZoneId\":\"$ZONE_ID\",\"ChangeBatch\":{\"Changes\":[
  $(record "www.$ZONE_NAME" '' 192.0.2.1),
  $(record "w.$ZONE_NAME" '"SetIdentifier":"one","Weight":1,' 192.0.2.10),
  $(record "w.$ZONE_NAME" '"SetIdentifier":"three","Weight":3,' 192.0.2.11)]}}" >/dev/null

cat > "$WORK/zone" <<ZONE
\$TTL 60
@   900 IN SOA ns-1.awsdns-01.com. awsdns-hostmaster.amazon.com. 1 7200 900 1209600 86400
@   172800 IN NS ns-1.awsdns-01.com.
www IN A 192.0.2.1
ZONE
cat > "$WORK/named.conf" <<CONF
options {
  directory "$WORK";
  listen-on port $BIND_PORT { 127.0.0.1; };
  listen-on-v6 { none; };
  recursion no;
  pid-file "$WORK/named.pid";
  session-keyfile "$WORK/session.key";
};
zone "$ZONE_NAME" { type primary; file "$WORK/zone"; };
CONF
named -g -c "$WORK/named.conf" -n 2 > "$WORK/named.log" 2>&1 &
NAMED_PID=$!
for _ in $(seq 1 20); do dig @127.0.0.1 -p "$BIND_PORT" +short "www.$ZONE_NAME" A 2>/dev/null | grep -q 192.0.2.1 && break; sleep 0.5; done

echo "www.$ZONE_NAME A" > "$WORK/simple.txt"
echo "w.$ZONE_NAME A" > "$WORK/weighted.txt"

run() { # label port queryfile
  local out
  out=$(dnsperf -s 127.0.0.1 -p "$2" -d "$3" -l "$DURATION" -c "$CLIENTS" -q 100 2>&1)
  printf '%-28s %10s qps   lost %s of %s\n' "$1" "$(awk '/Queries per second/ {print $4}' <<<"$out")" \
    "$(awk '/Queries lost/ {print $3}' <<<"$out")" "$(awk '/Queries sent/ {print $3}' <<<"$out")"
}
echo "dnsperf, $DURATION s, $CLIENTS clients, up to 100 queries in flight, $(nproc) CPUs"
run "BIND 9, simple record" "$BIND_PORT" "$WORK/simple.txt"
run "Netsim, simple record" "$NETSIM_PORT" "$WORK/simple.txt"
run "Netsim, weighted 1:3" "$NETSIM_PORT" "$WORK/weighted.txt"
