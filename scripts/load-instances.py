#!/usr/bin/env python3
"""Load benchmark for issue 4: 10,000 instances, then DescribeInstances with filters.

Starts nothing: run the server first with a raised instance quota, logging requests to a file, e.g.

    java -Dnetsim.quotas.instances-per-region=20000 -jar target/netsim-*.jar \
         --server.port=14566 > /tmp/netsim.log 2>&1 &
    scripts/load-instances.py --endpoint http://127.0.0.1:14566 --log /tmp/netsim.log --pid $!

Talks the EC2 query protocol with the standard library only (Netsim reads the account and region
from the SigV4 credential scope and does not check signatures). Prints client and server (from
the request log's ms= field) latency percentiles and the server's RSS after an idle pause.
"""
import argparse
import re
import statistics
import subprocess
import time

from ec2query import NS, call, percentile


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", default="http://127.0.0.1:14566")
    parser.add_argument("--log", required=True, help="the server's log file (request lines carry ms=)")
    parser.add_argument("--pid", type=int, required=True, help="the server's process id, for its RSS")
    parser.add_argument("--instances", type=int, default=10000)
    parser.add_argument("--batch", type=int, default=500)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    e = args.endpoint

    vpc = call(e, "CreateVpc", CidrBlock="10.0.0.0/16").find("ec2:vpc/ec2:vpcId", NS).text
    subnet = call(e, "CreateSubnet", VpcId=vpc, CidrBlock="10.0.0.0/17").find("ec2:subnet/ec2:subnetId", NS).text
    started = time.time()
    launched = []
    while len(launched) < args.instances:
        count = min(args.batch, args.instances - len(launched))
        tier = "web" if len(launched) % 1000 < 500 else "app"
        reply = call(e, "RunInstances", ImageId="ami-0123456789abcdef0", InstanceType="t3.micro", MinCount=count,
                     MaxCount=count, SubnetId=subnet, **{"TagSpecification.1.ResourceType": "instance",
                                                        "TagSpecification.1.Tag.1.Key": "Tier",
                                                        "TagSpecification.1.Tag.1.Value": tier})
        for item in reply.findall("ec2:instancesSet/ec2:item", NS):
            launched.append((item.find("ec2:instanceId", NS).text, item.find("ec2:privateIpAddress", NS).text))
    print(f"launched {len(launched)} instances in {time.time() - started:.1f} s")

    with open(args.log, encoding="utf-8", errors="replace") as log:
        log.seek(0, 2)
        start_offset = log.tell()
    queries = [
        ("private-ip-address", lambda i: {"Filter.1.Name": "private-ip-address", "Filter.1.Value.1": launched[i][1]}),
        ("instance-id", lambda i: {"Filter.1.Name": "instance-id", "Filter.1.Value.1": launched[i][0]}),
        ("tag:Tier + state, 5 per page", lambda i: {"Filter.1.Name": "tag:Tier", "Filter.1.Value.1": "web",
                                                    "Filter.2.Name": "instance-state-name", "Filter.2.Value.1": "running",
                                                    "MaxResults": "5"}),
    ]
    results = {}
    for name, params in queries:
        client = []
        for q in range(args.queries):
            t0 = time.perf_counter()
            reply = call(e, "DescribeInstances", **params((q * 37) % len(launched)))
            client.append((time.perf_counter() - t0) * 1000)
            assert reply.findall("ec2:reservationSet/ec2:item", NS), name
        results[name] = client
    time.sleep(1)
    with open(args.log, encoding="utf-8", errors="replace") as log:
        log.seek(start_offset)
        server = [float(m.group(1)) for m in re.finditer(r"action=DescribeInstances .*? ms=([\d.]+)", log.read())]
    print("client latency (ms) per query:")
    for name, client in results.items():
        print(f"  {name:32s} p50 {statistics.median(client):7.1f}  p95 {percentile(client, 95):7.1f}")
    if server:
        print(f"server latency (ms), all {len(server)} DescribeInstances: p50 {statistics.median(server)}  "
              f"p95 {percentile(server, 95)}  max {max(server)}")
        per = args.queries
        for k, (name, _) in enumerate(queries):
            part = server[k * per:(k + 1) * per]
            if part:
                print(f"  {name:32s} p50 {statistics.median(part)}  p95 {percentile(part, 95)}")
    time.sleep(30)
    rss = int(subprocess.check_output(["ps", "-o", "rss=", "-p", str(args.pid)]).decode().strip()) // 1024
    print(f"idle RSS after 30 s: {rss} MB")


if __name__ == "__main__":
    main()
