#!/usr/bin/env python3
"""Reachability through the server (issue 10): the benchmark network, then StartNetworkInsightsAnalysis.

Builds one VPC with 50 subnets, 200 security groups of 10 inbound rules (2,000 rules), 1,000 instances
with one to three groups each and an internet gateway, through the EC2 query API (standard library
only), then times analyses of random paths from the request log's ms= field, and the snapshot assembly
from Netsim's debug line. Run the server with the debug line on and a raised instance quota:

    scripts/netsim --server.port=14566 --netsim.quotas.instances-per-region=20000 \
        --logging.level.dev.netsim.ec2.network=debug > /tmp/netsim.log 2>&1 &
    scripts/load-reachability.py --log /tmp/netsim.log
"""
import argparse
import random
import re
import time

from ec2query import NS, percentile
from ec2query import call as query

ACCOUNT = "210987654321"


def call(endpoint, action, **params):
    return query(endpoint, action, ACCOUNT, **params)


def text(reply, path):
    return reply.find(path, NS).text


def log_tail(log, offset, pattern):
    with open(log, encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        return [float(m.group(1)) for line in f for m in [re.search(pattern, line)] if m]


def log_end(log):
    with open(log, encoding="utf-8", errors="replace") as f:
        f.seek(0, 2)
        return f.tell()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--endpoint", default="http://127.0.0.1:14566")
    parser.add_argument("--log", required=True)
    parser.add_argument("--analyses", type=int, default=200)
    args = parser.parse_args()
    e = args.endpoint
    rng = random.Random(42)
    started = time.time()

    vpc = text(call(e, "CreateVpc", CidrBlock="10.0.0.0/16"), "ec2:vpc/ec2:vpcId")
    igw = text(call(e, "CreateInternetGateway"), "ec2:internetGateway/ec2:internetGatewayId")
    call(e, "AttachInternetGateway", InternetGatewayId=igw, VpcId=vpc)
    main_table = text(call(e, "DescribeRouteTables", **{"Filter.1.Name": "vpc-id", "Filter.1.Value.1": vpc}),
                      "ec2:routeTableSet/ec2:item/ec2:routeTableId")
    call(e, "CreateRoute", RouteTableId=main_table, DestinationCidrBlock="0.0.0.0/0", GatewayId=igw)
    subnets = []
    for s in range(50):
        subnet = text(call(e, "CreateSubnet", VpcId=vpc, CidrBlock=f"10.0.{s}.0/24"), "ec2:subnet/ec2:subnetId")
        if s % 3 == 0:
            call(e, "ModifySubnetAttribute", SubnetId=subnet, **{"MapPublicIpOnLaunch.Value": "true"})
        subnets.append(subnet)
    groups = [text(call(e, "CreateSecurityGroup", GroupName=f"g{g}", GroupDescription="bench", VpcId=vpc), "ec2:groupId")
              for g in range(200)]
    ports = [22, 80, 443, 5432, 8080, 3306, 6379, 9200, 11211, 27017]
    for g, group in enumerate(groups):
        params = {}
        for r, port in enumerate(ports, start=1):
            params[f"IpPermissions.{r}.IpProtocol"] = "tcp"
            params[f"IpPermissions.{r}.FromPort"] = str(port)
            params[f"IpPermissions.{r}.ToPort"] = str(port)
            if r % 3 == 0:
                params[f"IpPermissions.{r}.Groups.1.GroupId"] = groups[(g + r) % len(groups)]
            else:
                params[f"IpPermissions.{r}.IpRanges.1.CidrIp"] = "0.0.0.0/0" if r % 3 == 1 else f"10.0.{(g + r) % 50}.0/24"
        call(e, "AuthorizeSecurityGroupIngress", GroupId=group, **params)
    instances = []
    for s, subnet in enumerate(subnets):
        chosen = rng.sample(groups, rng.randint(1, 3))
        reply = call(e, "RunInstances", ImageId="ami-0abcdef1234567890", InstanceType="t3.micro", MinCount="20", MaxCount="20",
                     SubnetId=subnet, **{f"SecurityGroupId.{i + 1}": g for i, g in enumerate(chosen)})
        instances += [item.find("ec2:instanceId", NS).text for item in reply.findall("ec2:instancesSet/ec2:item", NS)]
    print(f"built {len(subnets)} subnets, {len(groups)} groups ({len(groups) * len(ports)} rules), {len(instances)} instances "
          f"in {time.time() - started:.0f} s")

    paths = []
    for _ in range(args.analyses):
        source = igw if rng.random() < 0.25 else rng.choice(instances)
        reply = call(e, "CreateNetworkInsightsPath", Source=source, Destination=rng.choice(instances), Protocol="tcp",
                     DestinationPort=str(rng.choice(ports)), ClientToken=str(rng.random()))
        paths.append(text(reply, "ec2:networkInsightsPath/ec2:networkInsightsPathId"))

    offset = log_end(args.log)
    found = 0
    for path in paths:
        reply = call(e, "StartNetworkInsightsAnalysis", NetworkInsightsPathId=path, ClientToken=str(rng.random()))
        found += text(reply, "ec2:networkInsightsAnalysis/ec2:networkPathFound") == "true"
    time.sleep(1)
    server = log_tail(args.log, offset, r"action=StartNetworkInsightsAnalysis .* ms=([0-9.]+)")
    print(f"StartNetworkInsightsAnalysis x{len(server)} ({found} reachable): server p50 {percentile(server, 50):.2f} ms, "
          f"p90 {percentile(server, 90):.2f} ms, p99 {percentile(server, 99):.2f} ms")

    offset = log_end(args.log)
    for i in range(20):
        call(e, "CreateTags", **{"ResourceId.1": vpc, "Tag.1.Key": "round", "Tag.1.Value": str(i)})
        call(e, "StartNetworkInsightsAnalysis", NetworkInsightsPathId=paths[i], ClientToken=str(rng.random()))
    time.sleep(1)
    assembly = log_tail(args.log, offset, r"assembled in ([0-9]+) ms")
    first = log_tail(args.log, offset, r"action=StartNetworkInsightsAnalysis .* ms=([0-9.]+)")
    print(f"snapshot assembly after a write x{len(assembly)}: p50 {percentile(assembly, 50):.0f} ms, max {max(assembly):.0f} ms; "
          f"the analysis that assembles it: p50 {percentile(first, 50):.1f} ms")


if __name__ == "__main__":
    main()
