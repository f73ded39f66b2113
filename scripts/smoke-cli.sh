#!/usr/bin/env bash
# The AWS CLI journey against a running Netsim: a two-tier VPC (public and private subnets in
# two AZs, internet gateway, NAT gateway, route tables, security groups, network ACL, instances),
# extended to IPv6, VPC endpoints, prefix lists, a transit gateway hub, site-to-site VPN and a
# placement group, with Reachability Analyzer answering on it, and an application load balancer the
# simulator routes through, built and torn down to nothing; Route 53 zones, weighted and failover records and a
# health check answered by test-dns-answer and by dig (NETSIM_DNS_PORT, default 5353); CloudFront distributions with
# invalidations, and (with a CLI that knows them) a multi-tenant distribution's tenant verified against Route 53.
# Works with AWS CLI v1 and v2.
#   NETSIM_ENDPOINT (default http://127.0.0.1:4566), AWS (default: aws on PATH),
#   SMOKE_ACCOUNT (default: a random 12-digit account, new each run)
set -euo pipefail

ENDPOINT=${NETSIM_ENDPOINT:-http://127.0.0.1:4566}
AWS_BIN=$(command -v "${AWS:-aws}") || { echo "AWS CLI not found"; exit 1; }
# A fresh account of its own for every run (a 12-digit access key id selects the account), so the
# journey's counts hold on a server that already has resources, the README quickstart's included.
SMOKE_ACCOUNT=${SMOKE_ACCOUNT:-$(printf '9%011d' $(( (RANDOM << 15 | RANDOM) % 100000000000 )))}
export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-$SMOKE_ACCOUNT} AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-test}
export AWS_DEFAULT_REGION=${AWS_DEFAULT_REGION:-us-east-1} AWS_PAGER="" AWS_EC2_METADATA_DISABLED=true

aws() { "$AWS_BIN" --endpoint-url "$ENDPOINT" "$@"; }
step() { printf '  %-64s' "$1"; }
ok() { echo "ok${1:+ ($1)}"; }
fail() { echo "FAILED: $*"; exit 1; }
# expect_error CODE command...: the command must fail with that AWS error code
expect_error() {
  local code=$1; shift
  local err
  if err=$("$@" 2>&1 >/dev/null); then fail "expected $code, the call succeeded"; fi
  [[ $err == *"($code)"* ]] || fail "expected $code, got: $err"
}
expect_eq() { [[ "$1" == "$2" ]] || fail "expected '$2', got '$1'"; }

echo "Netsim CLI smoke test against $ENDPOINT (account $AWS_ACCESS_KEY_ID) with $("$AWS_BIN" --version 2>&1)"

step "create-vpc with tags"
VPC=$(aws ec2 create-vpc --cidr-block 10.0.0.0/16 \
  --tag-specifications 'ResourceType=vpc,Tags=[{Key=Name,Value=smoke}]' --query Vpc.VpcId --output text)
[[ $VPC =~ ^vpc-[0-9a-f]{17}$ ]] || fail "bad vpc id $VPC"; ok "$VPC"

step "describe-vpcs by tag filter"
expect_eq "$(aws ec2 describe-vpcs --filters Name=tag:Name,Values=smoke --query 'Vpcs[].VpcId' --output text)" "$VPC"; ok

step "default VPC exists"
DEFAULT_VPC=$(aws ec2 describe-vpcs --filters Name=is-default,Values=true --query 'Vpcs[0].CidrBlock' --output text)
expect_eq "$DEFAULT_VPC" "172.31.0.0/16"; ok

step "create-vpc outside /16-/28 fails"
expect_error InvalidVpc.Range aws ec2 create-vpc --cidr-block 10.0.0.0/8; ok

step "modify-vpc-attribute / describe-vpc-attribute"
aws ec2 modify-vpc-attribute --vpc-id "$VPC" --enable-dns-hostnames '{"Value":true}'
expect_eq "$(aws ec2 describe-vpc-attribute --vpc-id "$VPC" --attribute enableDnsHostnames --query EnableDnsHostnames.Value --output text)" "True"; ok

step "associate-vpc-cidr-block"
ASSOC=$(aws ec2 associate-vpc-cidr-block --vpc-id "$VPC" --cidr-block 10.1.0.0/16 --query CidrBlockAssociation.AssociationId --output text)
ok "$ASSOC"

step "create-subnet x2 in two AZs"
SUBNET_A=$(aws ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.0.1.0/24 --availability-zone us-east-1a --query Subnet.SubnetId --output text)
SUBNET_B=$(aws ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.1.2.0/24 --availability-zone us-east-1b \
  --tag-specifications 'ResourceType=subnet,Tags=[{Key=Tier,Value=private}]' --query Subnet.SubnetId --output text)
ok "$SUBNET_A $SUBNET_B"

step "subnet rules: conflict and range"
expect_error InvalidSubnet.Conflict aws ec2 create-subnet --vpc-id "$VPC" --cidr-block 10.0.1.128/25
expect_error InvalidSubnet.Range aws ec2 create-subnet --vpc-id "$VPC" --cidr-block 192.168.0.0/24; ok

step "describe-subnets filters and AvailableIpAddressCount"
expect_eq "$(aws ec2 describe-subnets --filters Name=vpc-id,Values="$VPC" Name=availability-zone,Values=us-east-1a \
  --query 'Subnets[0].AvailableIpAddressCount' --output text)" "251"; ok

step "modify-subnet-attribute map-public-ip-on-launch"
aws ec2 modify-subnet-attribute --subnet-id "$SUBNET_A" --map-public-ip-on-launch
expect_eq "$(aws ec2 describe-subnets --subnet-ids "$SUBNET_A" --query 'Subnets[0].MapPublicIpOnLaunch' --output text)" "True"; ok

step "create-tags / describe-tags / delete-tags"
aws ec2 create-tags --resources "$VPC" "$SUBNET_A" --tags Key=Env,Value=smoke
expect_eq "$(aws ec2 describe-tags --filters Name=key,Values=Env --query 'length(Tags)' --output text)" "2"
aws ec2 delete-tags --resources "$SUBNET_A" --tags Key=Env
expect_eq "$(aws ec2 describe-tags --filters Name=key,Values=Env --query 'length(Tags)' --output text)" "1"; ok

step "main route table, default security group and ACL of the VPC"
expect_eq "$(aws ec2 describe-route-tables --filters Name=vpc-id,Values="$VPC" Name=association.main,Values=true --query 'length(RouteTables)' --output text)" "1"
expect_eq "$(aws ec2 describe-security-groups --filters Name=vpc-id,Values="$VPC" --query 'SecurityGroups[0].GroupName' --output text)" "default"
expect_eq "$(aws ec2 describe-network-acls --filters Name=vpc-id,Values="$VPC" --query 'NetworkAcls[0].IsDefault' --output text)" "True"; ok

step "describe-regions / availability-zones / account-attributes"
aws ec2 describe-regions --query 'Regions[].RegionName' --output text | grep -q eu-west-1
expect_eq "$(aws ec2 describe-availability-zones --query 'AvailabilityZones[0].ZoneName' --output text)" "us-east-1a"
aws ec2 describe-account-attributes --attribute-names default-vpc --query 'AccountAttributes[0].AttributeValues[0].AttributeValue' --output text | grep -q '^vpc-'
ok

step "internet gateway: create, attach, one per VPC"
IGW=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)
aws ec2 attach-internet-gateway --internet-gateway-id "$IGW" --vpc-id "$VPC"
IGW2=$(aws ec2 create-internet-gateway --query InternetGateway.InternetGatewayId --output text)
expect_error Resource.AlreadyAssociated aws ec2 attach-internet-gateway --internet-gateway-id "$IGW2" --vpc-id "$VPC"
aws ec2 delete-internet-gateway --internet-gateway-id "$IGW2"; ok "$IGW"

step "public route table: 0.0.0.0/0 -> igw, associated with subnet A"
RTB=$(aws ec2 create-route-table --vpc-id "$VPC" --query RouteTable.RouteTableId --output text)
aws ec2 create-route --route-table-id "$RTB" --destination-cidr-block 0.0.0.0/0 --gateway-id "$IGW" >/dev/null
RTB_ASSOC=$(aws ec2 associate-route-table --route-table-id "$RTB" --subnet-id "$SUBNET_A" --query AssociationId --output text)
expect_eq "$(aws ec2 describe-route-tables --filters Name=association.subnet-id,Values="$SUBNET_A" \
  --query 'RouteTables[0].Routes[?DestinationCidrBlock==`0.0.0.0/0`].State | [0]' --output text)" "active"
expect_error RouteAlreadyExists aws ec2 create-route --route-table-id "$RTB" --destination-cidr-block 0.0.0.0/0 --gateway-id "$IGW"; ok "$RTB"

step "security groups: web from anywhere, db from web"
SG_WEB=$(aws ec2 create-security-group --group-name smoke-web --description "web tier" --vpc-id "$VPC" --query GroupId --output text)
SG_DB=$(aws ec2 create-security-group --group-name smoke-db --description "db tier" --vpc-id "$VPC" --query GroupId --output text)
aws ec2 authorize-security-group-ingress --group-id "$SG_WEB" --protocol tcp --port 443 --cidr 0.0.0.0/0 >/dev/null
aws ec2 authorize-security-group-ingress --group-id "$SG_DB" --protocol tcp --port 5432 --source-group "$SG_WEB" >/dev/null
expect_error InvalidPermission.Duplicate aws ec2 authorize-security-group-ingress --group-id "$SG_WEB" --protocol tcp --port 443 --cidr 0.0.0.0/0
expect_eq "$(aws ec2 describe-security-groups --group-ids "$SG_DB" --query 'SecurityGroups[0].IpPermissions[0].UserIdGroupPairs[0].GroupId' --output text)" "$SG_WEB"
expect_error DependencyViolation aws ec2 delete-security-group --group-id "$SG_WEB"; ok

step "network ACL: custom, entries, associated with subnet B"
ACL=$(aws ec2 create-network-acl --vpc-id "$VPC" --query NetworkAcl.NetworkAclId --output text)
aws ec2 create-network-acl-entry --network-acl-id "$ACL" --ingress --rule-number 100 --protocol tcp --port-range From=5432,To=5432 \
  --cidr-block 10.0.0.0/16 --rule-action allow
aws ec2 create-network-acl-entry --network-acl-id "$ACL" --egress --rule-number 100 --protocol tcp --port-range From=1024,To=65535 \
  --cidr-block 10.0.0.0/16 --rule-action allow
ACL_ASSOC=$(aws ec2 describe-network-acls --filters Name=association.subnet-id,Values="$SUBNET_B" \
  --query "NetworkAcls[0].Associations[?SubnetId=='$SUBNET_B'].NetworkAclAssociationId | [0]" --output text)
NEW_ACL_ASSOC=$(aws ec2 replace-network-acl-association --association-id "$ACL_ASSOC" --network-acl-id "$ACL" --query NewAssociationId --output text)
expect_eq "$(aws ec2 describe-network-acls --network-acl-ids "$ACL" --query 'length(NetworkAcls[0].Entries)' --output text)" "4"; ok "$ACL"

step "NAT gateway in subnet A, private route table for subnet B"
EIP=$(aws ec2 allocate-address --domain vpc --query AllocationId --output text)
NAT=$(aws ec2 create-nat-gateway --subnet-id "$SUBNET_A" --allocation-id "$EIP" --query NatGateway.NatGatewayId --output text)
aws ec2 wait nat-gateway-available --nat-gateway-ids "$NAT"
PRIVATE_RTB=$(aws ec2 create-route-table --vpc-id "$VPC" --query RouteTable.RouteTableId --output text)
aws ec2 create-route --route-table-id "$PRIVATE_RTB" --destination-cidr-block 0.0.0.0/0 --nat-gateway-id "$NAT" >/dev/null
PRIVATE_ASSOC=$(aws ec2 associate-route-table --route-table-id "$PRIVATE_RTB" --subnet-id "$SUBNET_B" --query AssociationId --output text)
ok "$NAT"

step "instances: web (public IP) in A, db in B; wait running"
WEB=$(aws ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.micro --count 1 \
  --subnet-id "$SUBNET_A" --security-group-ids "$SG_WEB" --associate-public-ip-address \
  --tag-specifications 'ResourceType=instance,Tags=[{Key=Name,Value=web}]' --query 'Instances[0].InstanceId' --output text)
DB=$(aws ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.micro --count 1 \
  --subnet-id "$SUBNET_B" --security-group-ids "$SG_DB" --query 'Instances[0].InstanceId' --output text)
aws ec2 wait instance-running --instance-ids "$WEB" "$DB"
[[ $(aws ec2 describe-instances --instance-ids "$WEB" --query 'Reservations[0].Instances[0].PublicIpAddress' --output text) =~ ^[0-9.]+$ ]] \
  || fail "web has no public IP"
expect_eq "$(aws ec2 describe-instances --filters Name=tag:Name,Values=web Name=instance-state-name,Values=running \
  --query 'length(Reservations)' --output text)" "1"
expect_error DependencyViolation aws ec2 delete-subnet --subnet-id "$SUBNET_B"; ok "$WEB $DB"

step "reachability: igw->web 443, web->db 5432, not igw->web 22"
# analyse PATH_ID: prints "NetworkPathFound ForwardComponents FirstExplanationCode" of a new analysis
analyse() {
  local nia
  nia=$(aws ec2 start-network-insights-analysis --network-insights-path-id "$1" --query NetworkInsightsAnalysis.NetworkInsightsAnalysisId --output text)
  aws ec2 describe-network-insights-analyses --network-insights-analysis-ids "$nia" \
    --query 'NetworkInsightsAnalyses[0].[NetworkPathFound, length(ForwardPathComponents), Explanations[0].ExplanationCode]' --output text
}
NIP_HTTPS=$(aws ec2 create-network-insights-path --source "$IGW" --destination "$WEB" --protocol tcp --destination-port 443 \
  --query NetworkInsightsPath.NetworkInsightsPathId --output text)
NIP_DB=$(aws ec2 create-network-insights-path --source "$WEB" --destination "$DB" --protocol tcp --destination-port 5432 \
  --query NetworkInsightsPath.NetworkInsightsPathId --output text)
NIP_SSH=$(aws ec2 create-network-insights-path --source "$IGW" --destination "$WEB" --protocol tcp --destination-port 22 \
  --query NetworkInsightsPath.NetworkInsightsPathId --output text)
expect_eq "$(analyse "$NIP_HTTPS" | tr '\t' ' ')" "True 5 None"
expect_eq "$(analyse "$NIP_DB" | tr '\t' ' ')" "True 9 None"
expect_eq "$(analyse "$NIP_SSH" | tr '\t' ' ' | cut -d' ' -f1,3)" "False ENI_SG_RULES_MISMATCH"
expect_eq "$(aws ec2 describe-network-insights-analyses --network-insights-path-id "$NIP_HTTPS" \
  --query 'NetworkInsightsAnalyses[0].ReturnPathComponents[-1].Component.Id' --output text)" "$IGW"
expect_error DependencyViolation aws ec2 delete-network-insights-path --network-insights-path-id "$NIP_HTTPS"
for NIA in $(aws ec2 describe-network-insights-analyses --query 'NetworkInsightsAnalyses[].NetworkInsightsAnalysisId' --output text); do
  aws ec2 delete-network-insights-analysis --network-insights-analysis-id "$NIA" >/dev/null
done
for NIP in "$NIP_HTTPS" "$NIP_DB" "$NIP_SSH"; do
  aws ec2 delete-network-insights-path --network-insights-path-id "$NIP" >/dev/null
done
expect_eq "$(aws ec2 describe-network-insights-paths --query 'length(NetworkInsightsPaths)' --output text)" "0"; ok

step "IPv6: Amazon /56, subnet /64, ::/0 via egress-only gateway"
V6=$(aws ec2 associate-vpc-cidr-block --vpc-id "$VPC" --amazon-provided-ipv6-cidr-block --query Ipv6CidrBlockAssociation.Ipv6CidrBlock --output text)
[[ $V6 == *::/56 ]] || fail "bad IPv6 block $V6"
V6_ASSOC=$(aws ec2 describe-vpcs --vpc-ids "$VPC" --query 'Vpcs[0].Ipv6CidrBlockAssociationSet[0].AssociationId' --output text)
SUBNET_V6_ASSOC=$(aws ec2 associate-subnet-cidr-block --subnet-id "$SUBNET_A" --ipv6-cidr-block "${V6%/56}/64" \
  --query Ipv6CidrBlockAssociation.AssociationId --output text)
EIGW=$(aws ec2 create-egress-only-internet-gateway --vpc-id "$VPC" --query EgressOnlyInternetGateway.EgressOnlyInternetGatewayId --output text)
aws ec2 create-route --route-table-id "$PRIVATE_RTB" --destination-ipv6-cidr-block ::/0 --egress-only-internet-gateway-id "$EIGW" >/dev/null
expect_eq "$(aws ec2 describe-route-tables --filters Name=route.destination-ipv6-cidr-block,Values=::/0 --query 'RouteTables[0].RouteTableId' --output text)" "$PRIVATE_RTB"
expect_error DependencyViolation aws ec2 disassociate-vpc-cidr-block --association-id "$V6_ASSOC"; ok "$V6"

step "VPC endpoints (S3 gateway, SSM interface), prefix lists"
S3_PL=$(aws ec2 describe-prefix-lists --filters Name=prefix-list-name,Values=com.amazonaws.us-east-1.s3 --query 'PrefixLists[0].PrefixListId' --output text)
S3_EP=$(aws ec2 create-vpc-endpoint --vpc-id "$VPC" --service-name com.amazonaws.us-east-1.s3 --route-table-ids "$PRIVATE_RTB" \
  --query VpcEndpoint.VpcEndpointId --output text)
expect_eq "$(aws ec2 describe-route-tables --route-table-ids "$PRIVATE_RTB" --query "RouteTables[0].Routes[?DestinationPrefixListId=='$S3_PL'].GatewayId" --output text)" "$S3_EP"
SSM_EP=$(aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id "$VPC" --service-name com.amazonaws.us-east-1.ssm \
  --subnet-ids "$SUBNET_A" --security-group-ids "$SG_WEB" --query VpcEndpoint.VpcEndpointId --output text)
expect_eq "$(aws ec2 describe-network-interfaces --filters Name=interface-type,Values=vpc_endpoint --query 'length(NetworkInterfaces)' --output text)" "1"
PL=$(aws ec2 create-managed-prefix-list --prefix-list-name offices --address-family IPv4 --max-entries 5 \
  --entries Cidr=192.0.2.0/24,Description=hq --query PrefixList.PrefixListId --output text)
aws ec2 modify-managed-prefix-list --prefix-list-id "$PL" --current-version 1 --add-entries Cidr=198.51.100.0/24 >/dev/null
expect_eq "$(aws ec2 get-managed-prefix-list-entries --prefix-list-id "$PL" --query 'length(Entries)' --output text)" "2"
expect_error PrefixListVersionMismatch aws ec2 modify-managed-prefix-list --prefix-list-id "$PL" --current-version 1 --add-entries Cidr=203.0.113.0/24
ok "$S3_EP $SSM_EP $PL"

step "transit gateway hub: two-AZ attachment, propagation, route"
TGW=$(aws ec2 create-transit-gateway --description hub --query TransitGateway.TransitGatewayId --output text)
TGW_RTB=$(aws ec2 describe-transit-gateways --transit-gateway-ids "$TGW" --query 'TransitGateways[0].Options.AssociationDefaultRouteTableId' --output text)
TGW_ATTACH=$(aws ec2 create-transit-gateway-vpc-attachment --transit-gateway-id "$TGW" --vpc-id "$VPC" --subnet-ids "$SUBNET_A" "$SUBNET_B" \
  --query TransitGatewayVpcAttachment.TransitGatewayAttachmentId --output text)
aws ec2 create-route --route-table-id "$PRIVATE_RTB" --destination-cidr-block 10.99.0.0/16 --transit-gateway-id "$TGW" >/dev/null
expect_eq "$(aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id "$TGW_RTB" --filters Name=type,Values=propagated \
  --query 'length(Routes)' --output text)" "2"
aws ec2 create-transit-gateway-route --transit-gateway-route-table-id "$TGW_RTB" --destination-cidr-block 0.0.0.0/0 --blackhole >/dev/null
expect_error IncorrectState aws ec2 delete-transit-gateway --transit-gateway-id "$TGW"; ok "$TGW $TGW_ATTACH"

step "site-to-site VPN: CGW, VGW, static route propagated"
CGW=$(aws ec2 create-customer-gateway --type ipsec.1 --public-ip 198.51.100.10 --bgp-asn 65010 --query CustomerGateway.CustomerGatewayId --output text)
VGW=$(aws ec2 create-vpn-gateway --type ipsec.1 --query VpnGateway.VpnGatewayId --output text)
aws ec2 attach-vpn-gateway --vpn-gateway-id "$VGW" --vpc-id "$VPC" >/dev/null
VPN=$(aws ec2 create-vpn-connection --type ipsec.1 --customer-gateway-id "$CGW" --vpn-gateway-id "$VGW" --options StaticRoutesOnly=true \
  --query VpnConnection.VpnConnectionId --output text)
aws ec2 wait vpn-connection-available --vpn-connection-ids "$VPN"
aws ec2 create-vpn-connection-route --vpn-connection-id "$VPN" --destination-cidr-block 192.168.0.0/16
aws ec2 enable-vgw-route-propagation --route-table-id "$PRIVATE_RTB" --gateway-id "$VGW"
expect_eq "$(aws ec2 describe-route-tables --route-table-ids "$PRIVATE_RTB" --query "RouteTables[0].Routes[?DestinationCidrBlock=='192.168.0.0/16'].GatewayId" --output text)" "$VGW"
ok "$VPN"

step "placement group: spread"
aws ec2 create-placement-group --group-name smoke-spread --strategy spread >/dev/null
expect_eq "$(aws ec2 describe-placement-groups --group-names smoke-spread --query 'PlacementGroups[0].Strategy' --output text)" "spread"
expect_error InvalidPlacementGroup.Duplicate aws ec2 create-placement-group --group-name smoke-spread --strategy cluster; ok

step "elbv2: ALB in two AZs, 2 groups, path rule, weighted, sticky"
TG_WEB=$(aws elbv2 create-target-group --name smoke-web --protocol HTTP --port 80 --vpc-id "$VPC" --query 'TargetGroups[0].TargetGroupArn' --output text)
TG_API=$(aws elbv2 create-target-group --name smoke-api --protocol HTTP --port 8080 --vpc-id "$VPC" --query 'TargetGroups[0].TargetGroupArn' --output text)
expect_eq "$(aws elbv2 describe-target-groups --names smoke-web --query 'TargetGroups[0].HealthCheckPath' --output text)" "/"
expect_error DuplicateTargetGroupName aws elbv2 create-target-group --name smoke-web --protocol HTTP --port 8080 --vpc-id "$VPC"
aws elbv2 modify-target-group-attributes --target-group-arn "$TG_WEB" \
  --attributes Key=stickiness.enabled,Value=true Key=stickiness.type,Value=lb_cookie >/dev/null
aws elbv2 register-targets --target-group-arn "$TG_WEB" --targets Id="$WEB" Id="$DB"
aws elbv2 register-targets --target-group-arn "$TG_API" --targets Id="$WEB"
LB=$(aws elbv2 create-load-balancer --name smoke-alb --subnets "$SUBNET_A" "$SUBNET_B" --security-groups "$SG_WEB" \
  --query 'LoadBalancers[0].LoadBalancerArn' --output text)
aws elbv2 wait load-balancer-available --load-balancer-arns "$LB"
[[ $(aws elbv2 describe-load-balancers --names smoke-alb --query 'LoadBalancers[0].DNSName' --output text) == smoke-alb-*.us-east-1.elb.amazonaws.com ]] \
  || fail "unexpected DNS name"
LISTENER=$(aws elbv2 create-listener --load-balancer-arn "$LB" --protocol HTTP --port 80 --default-actions \
  "[{\"Type\":\"forward\",\"ForwardConfig\":{\"TargetGroups\":[{\"TargetGroupArn\":\"$TG_WEB\",\"Weight\":80},{\"TargetGroupArn\":\"$TG_API\",\"Weight\":20}],\"TargetGroupStickinessConfig\":{\"Enabled\":true,\"DurationSeconds\":300}}}]" \
  --query 'Listeners[0].ListenerArn' --output text)
expect_error DuplicateListener aws elbv2 create-listener --load-balancer-arn "$LB" --protocol HTTP --port 80 \
  --default-actions Type=forward,TargetGroupArn="$TG_WEB"
aws elbv2 create-rule --listener-arn "$LISTENER" --priority 10 --conditions Field=path-pattern,Values='/api/*' \
  --actions Type=forward,TargetGroupArn="$TG_API" >/dev/null
expect_error PriorityInUse aws elbv2 create-rule --listener-arn "$LISTENER" --priority 10 --conditions Field=path-pattern,Values='/x' \
  --actions Type=forward,TargetGroupArn="$TG_API"
expect_eq "$(aws elbv2 describe-rules --listener-arn "$LISTENER" --query 'Rules[].Priority' --output text)" "$(printf '10\tdefault')"
aws elbv2 wait target-in-service --target-group-arn "$TG_WEB"; ok

step "elbv2: the simulator routes by rule, weight and cookie"
simulate() { curl -sf -X POST "$ENDPOINT/api/simulate/load-balancers/smoke-alb/$1" -H 'Content-Type: application/json' \
  -H "X-Netsim-Account: $AWS_ACCESS_KEY_ID" -d "$2"; }
field() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
expect_eq "$(simulate requests '{"listenerPort":80,"path":"/api/orders/7"}' | field 'd["rulePriority"], d["target"]["id"]')" "('10', '$WEB')"
SHARE=$(simulate requests:batch '{"request":{"listenerPort":80,"path":"/"},"count":2000,"seed":7}' | field "d['byTargetGroup']['$TG_WEB']")
(( SHARE > 1500 && SHARE < 1700 )) || fail "web group took $SHARE of 2000, expected about 80 %"
expect_eq "$(simulate requests:batch '{"request":{"listenerPort":80,"path":"/"},"count":200,"seed":7,"followCookies":true}' \
  | field 'len(d["byTarget"])')" "1"; ok "web group $SHARE of 2000"

step "reachability: igw -> ALB -> db, stopped by ACL of B"
NODE_A=$(aws ec2 describe-network-interfaces --filters Name=requester-managed,Values=true Name=subnet-id,Values="$SUBNET_A" \
  "Name=description,Values=ELB app/smoke-alb/*" --query 'NetworkInterfaces[0].Association.PublicIp' --output text)
[[ $NODE_A =~ ^[0-9.]+$ ]] || fail "the internet-facing node in subnet A has no public address: $NODE_A"
aws ec2 authorize-security-group-ingress --group-id "$SG_WEB" --protocol tcp --port 80 --cidr 0.0.0.0/0 >/dev/null
NIP_LB=$(aws ec2 create-network-insights-path --source "$IGW" --destination "$DB" --destination-ip "$NODE_A" --protocol tcp \
  --destination-port 80 --query NetworkInsightsPath.NetworkInsightsPathId --output text)
NIA_LB=$(aws ec2 start-network-insights-analysis --network-insights-path-id "$NIP_LB" \
  --query NetworkInsightsAnalysis.NetworkInsightsAnalysisId --output text)
expect_eq "$(aws ec2 describe-network-insights-analyses --network-insights-analysis-ids "$NIA_LB" \
  --query 'NetworkInsightsAnalyses[0].[NetworkPathFound, Explanations[0].ExplanationCode]' --output text | tr '\t' ' ')" "False SUBNET_ACL_RESTRICTION"
expect_eq "$(aws ec2 describe-network-insights-analyses --network-insights-analysis-ids "$NIA_LB" \
  --query "length(NetworkInsightsAnalyses[0].ForwardPathComponents[?Component.Arn=='$LB'])" --output text)" "1"
aws ec2 delete-network-insights-analysis --network-insights-analysis-id "$NIA_LB" >/dev/null
aws ec2 delete-network-insights-path --network-insights-path-id "$NIP_LB" >/dev/null
aws ec2 revoke-security-group-ingress --group-id "$SG_WEB" --protocol tcp --port 80 --cidr 0.0.0.0/0 >/dev/null; ok "$NODE_A"

if "$AWS_BIN" elbv2 help 2>/dev/null | grep -q create-trust-store; then # CLI v2 2.9 predates trust stores
  step "elbv2: trust store, revocation list, mutual TLS listener"
  TS=$(aws elbv2 create-trust-store --name smoke-ts --ca-certificates-bundle-s3-bucket smoke-pki --ca-certificates-bundle-s3-key ca.pem \
    --query 'TrustStores[0].TrustStoreArn' --output text)
  expect_eq "$(aws elbv2 describe-trust-stores --names smoke-ts --query 'TrustStores[0].Status' --output text)" "ACTIVE"
  expect_eq "$(aws elbv2 add-trust-store-revocations --trust-store-arn "$TS" \
    --revocation-contents S3Bucket=smoke-pki,S3Key=crl.pem,RevocationType=CRL --query 'TrustStoreRevocations[0].RevocationId' --output text)" "1"
  MTLS=$(aws elbv2 create-listener --load-balancer-arn "$LB" --protocol HTTPS --port 8443 \
    --certificates CertificateArn=arn:aws:acm:us-east-1:000000000000:certificate/00000000-0000-0000-0000-000000000001 \
    --mutual-authentication Mode=verify,TrustStoreArn="$TS" --default-actions Type=forward,TargetGroupArn="$TG_WEB" \
    --query 'Listeners[0].ListenerArn' --output text)
  expect_error TrustStoreInUse aws elbv2 delete-trust-store --trust-store-arn "$TS"
  aws elbv2 delete-listener --listener-arn "$MTLS"
  aws elbv2 delete-trust-store --trust-store-arn "$TS"; ok "$TS"
fi

step "elbv2: teardown (group in use, then load balancer and groups)"
expect_error ResourceInUse aws elbv2 delete-target-group --target-group-arn "$TG_API"
aws elbv2 delete-load-balancer --load-balancer-arn "$LB"
aws elbv2 delete-target-group --target-group-arn "$TG_WEB"
aws elbv2 delete-target-group --target-group-arn "$TG_API"
expect_error TargetGroupNotFound aws elbv2 describe-target-groups --names smoke-web
expect_error LoadBalancerNotFound aws elbv2 describe-load-balancers --names smoke-alb; ok

step "route53 create/get/list/delete hosted zone"
ZONE=$(aws route53 create-hosted-zone --name smoke.example.com --caller-reference "smoke-$$" --query HostedZone.Id --output text)
expect_eq "$(aws route53 get-hosted-zone --id "$ZONE" --query HostedZone.Name --output text)" "smoke.example.com."
aws route53 list-hosted-zones --query 'HostedZones[].Id' --output text | grep -q "${ZONE#/hostedzone/}"
aws route53 delete-hosted-zone --id "$ZONE" >/dev/null
expect_error NoSuchHostedZone aws route53 get-hosted-zone --id "$ZONE"; ok

step "route53: weighted + failover records, health check, INSYNC"
ZONE=$(aws route53 create-hosted-zone --name smoke.example.com --caller-reference "smoke-dns-$$" --query HostedZone.Id --output text)
HC=$(aws route53 create-health-check --caller-reference "smoke-hc-$$" \
  --health-check-config Type=HTTP,IPAddress=192.0.2.10,Port=80,ResourcePath=/health --query HealthCheck.Id --output text)
rrset() { # name type set-id extra value
  printf '{"Action":"CREATE","ResourceRecordSet":{"Name":"%s","Type":"%s","SetIdentifier":"%s",%s,"TTL":60,"ResourceRecords":[{"Value":"%s"}]}}' "$@"; }
CHANGE=$(aws route53 change-resource-record-sets --hosted-zone-id "$ZONE" --query ChangeInfo.Id --output text --change-batch "{\"Changes\":[
  $(rrset www.smoke.example.com A blue '"Weight":1' 192.0.2.1), $(rrset www.smoke.example.com A green '"Weight":3' 192.0.2.2),
  $(rrset app.smoke.example.com A primary "\"Failover\":\"PRIMARY\",\"HealthCheckId\":\"$HC\"" 192.0.2.10),
  $(rrset app.smoke.example.com A secondary '"Failover":"SECONDARY"' 192.0.2.20)]}")
aws route53 wait resource-record-sets-changed --id "$CHANGE"
expect_eq "$(aws route53 get-change --id "$CHANGE" --query ChangeInfo.Status --output text)" "INSYNC"
expect_eq "$(aws route53 list-resource-record-sets --hosted-zone-id "$ZONE" --query 'length(ResourceRecordSets)' --output text)" "6"
expect_error InvalidChangeBatch aws route53 change-resource-record-sets --hosted-zone-id "$ZONE" --change-batch \
  '{"Changes":[{"Action":"CREATE","ResourceRecordSet":{"Name":"smoke.example.com","Type":"CNAME","TTL":60,"ResourceRecords":[{"Value":"x.example.net"}]}}]}'
ok "$ZONE"

step "route53: test-dns-answer by weight and primary health"
answer() { aws route53 test-dns-answer --hosted-zone-id "$ZONE" --record-name "$1" --record-type A --query 'RecordData[0]' --output text; }
WEIGHTED=""
for _ in 1 2 3 4 5 6 7 8 9 10 11 12; do WEIGHTED="$WEIGHTED $(answer www.smoke.example.com)"; done
[[ $WEIGHTED == *192.0.2.2* ]] || fail "the weight-3 record never answered: $WEIGHTED"
expect_eq "$(answer app.smoke.example.com)" "192.0.2.10"
curl -sf -X PUT "$ENDPOINT/api/simulate/health-checks/$HC/status" -H 'Content-Type: application/json' \
  -H "X-Netsim-Account: $AWS_ACCESS_KEY_ID" -d '{"healthy":false}'
expect_eq "$(aws route53 get-health-check-status --health-check-id "$HC" --query 'HealthCheckObservations[0].StatusReport.Status' --output text \
  | cut -c1-7)" "Failure"
expect_eq "$(answer app.smoke.example.com)" "192.0.2.20"; ok

step "route53: dig asks Netsim's DNS server the same"
DNS_PORT=${NETSIM_DNS_PORT:-5353}
if command -v dig >/dev/null; then
  expect_eq "$(dig @127.0.0.1 -p "$DNS_PORT" +short app.smoke.example.com A)" "192.0.2.20"
  expect_eq "$(dig @127.0.0.1 -p "$DNS_PORT" +short +tcp app.smoke.example.com A)" "192.0.2.20"
  expect_eq "$(dig @127.0.0.1 -p "$DNS_PORT" nothing.smoke.example.com A | grep -c 'status: NXDOMAIN')" "1"
  curl -sf -X PUT "$ENDPOINT/api/simulate/health-checks/$HC/status" -H 'Content-Type: application/json' \
    -H "X-Netsim-Account: $AWS_ACCESS_KEY_ID" -d '{"healthy":null}'
  expect_eq "$(dig @127.0.0.1 -p "$DNS_PORT" +short app.smoke.example.com A)" "192.0.2.10"; ok "port $DNS_PORT"
else
  echo "skipped (dig is not installed: apt-get install dnsutils)"
fi

step "route53: a traffic policy instance answers by its rule tree"
TP_DOC='{"AWSPolicyFormatVersion":"2015-10-01","RecordType":"A","StartRule":"split","Endpoints":{"old":{"Type":"value","Value":"192.0.2.30"},"new":{"Type":"value","Value":"192.0.2.31"}},"Rules":{"split":{"RuleType":"weighted","Items":[{"EndpointReference":"old","Weight":"0"},{"EndpointReference":"new","Weight":"1"}]}}}'
TP=$(aws route53 create-traffic-policy --name "smoke-$$" --document "$TP_DOC" --query TrafficPolicy.Id --output text)
TPI=$(aws route53 create-traffic-policy-instance --hosted-zone-id "$ZONE" --name policy.smoke.example.com --ttl 60 \
  --traffic-policy-id "$TP" --traffic-policy-version 1 --query TrafficPolicyInstance.Id --output text)
expect_eq "$(aws route53 get-traffic-policy-instance --id "$TPI" --query TrafficPolicyInstance.State --output text)" "Applied"
expect_eq "$(answer policy.smoke.example.com)" "192.0.2.31"
expect_error TrafficPolicyInUse aws route53 delete-traffic-policy --id "$TP" --traffic-policy-version 1
aws route53 delete-traffic-policy-instance --id "$TPI"
aws route53 delete-traffic-policy --id "$TP" --traffic-policy-version 1; ok

step "route53: teardown (zone not empty, check in use, then both go)"
expect_error HostedZoneNotEmpty aws route53 delete-hosted-zone --id "$ZONE"
expect_error HealthCheckInUse aws route53 delete-health-check --health-check-id "$HC"
aws route53 list-resource-record-sets --hosted-zone-id "$ZONE" --output json \
  | python3 -c 'import json,sys; s=[r for r in json.load(sys.stdin)["ResourceRecordSets"] if r["Type"] not in ("NS","SOA")]; print(json.dumps({"Changes":[{"Action":"DELETE","ResourceRecordSet":r} for r in s]}))' \
  > "${TMPDIR:-/tmp}/smoke-delete-$$.json"
aws route53 change-resource-record-sets --hosted-zone-id "$ZONE" --change-batch "file://${TMPDIR:-/tmp}/smoke-delete-$$.json" >/dev/null
rm -f "${TMPDIR:-/tmp}/smoke-delete-$$.json"
aws route53 delete-health-check --health-check-id "$HC"
aws route53 delete-hosted-zone --id "$ZONE" >/dev/null; ok

step "cloudfront list-distributions / get unknown"
expect_eq "$(aws cloudfront list-distributions --no-paginate --query 'DistributionList.Quantity' --output text)" "0"
expect_error NoSuchDistribution aws cloudfront get-distribution --id EDFDVBD632BHDS5; ok

step "cloudfront: distribution with two behaviours, deployed"
CF_CONFIG="${TMPDIR:-/tmp}/smoke-cf-$$.json"
cat > "$CF_CONFIG" <<JSON
{"CallerReference": "smoke-$$", "Comment": "smoke", "Enabled": true,
 "Origins": {"Quantity": 2, "Items": [
   {"Id": "web", "DomainName": "origin.example.com", "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}},
   {"Id": "api", "DomainName": "api.example.com", "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}]},
 "DefaultCacheBehavior": {"TargetOriginId": "web", "ViewerProtocolPolicy": "redirect-to-https",
   "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"},
 "CacheBehaviors": {"Quantity": 1, "Items": [{"PathPattern": "/api/*", "TargetOriginId": "api", "ViewerProtocolPolicy": "https-only",
   "CachePolicyId": "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"}]}}
JSON
DIST=$(aws cloudfront create-distribution --distribution-config "file://$CF_CONFIG" --query Distribution.Id --output text)
aws cloudfront wait distribution-deployed --id "$DIST"
expect_eq "$(aws cloudfront get-distribution --id "$DIST" --query 'Distribution.DistributionConfig.CacheBehaviors.Items[0].PathPattern' --output text)" "/api/*"
expect_error InvalidArgument aws cloudfront create-distribution --distribution-config "$(python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); c["CallerReference"]+="-bad"; c["DefaultCacheBehavior"].pop("CachePolicyId"); print(json.dumps(c))' "$CF_CONFIG")"
ok "$DIST"

step "cloudfront: invalidate, disable, delete"
INV=$(aws cloudfront create-invalidation --distribution-id "$DIST" --paths "/index.html" "/images/*" --query Invalidation.Id --output text)
aws cloudfront wait invalidation-completed --distribution-id "$DIST" --id "$INV"
expect_eq "$(aws cloudfront list-invalidations --distribution-id "$DIST" --query 'InvalidationList.Items[0].Status' --output text)" "Completed"
ETAG=$(aws cloudfront get-distribution-config --id "$DIST" --query ETag --output text)
expect_error DistributionNotDisabled aws cloudfront delete-distribution --id "$DIST" --if-match "$ETAG"
aws cloudfront get-distribution-config --id "$DIST" --query DistributionConfig --output json \
  | python3 -c 'import json,sys; c=json.load(sys.stdin); c["Enabled"]=False; print(json.dumps(c))' > "$CF_CONFIG"
ETAG=$(aws cloudfront update-distribution --id "$DIST" --if-match "$ETAG" --distribution-config "file://$CF_CONFIG" --query ETag --output text)
aws cloudfront wait distribution-deployed --id "$DIST"
aws cloudfront delete-distribution --id "$DIST" --if-match "$ETAG"
rm -f "$CF_CONFIG"
expect_error NoSuchDistribution aws cloudfront get-distribution --id "$DIST"; ok

step "cloudfront: a multi-tenant distribution and a tenant it serves"
if "$AWS_BIN" --endpoint-url "$ENDPOINT" cloudfront list-distribution-tenants >/dev/null 2>&1; then
  MT_CONFIG="${TMPDIR:-/tmp}/smoke-mt-$$.json"
  cat > "$MT_CONFIG" <<JSON
{"CallerReference": "smoke-mt-$$", "Comment": "saas", "Enabled": true, "ConnectionMode": "tenant-only",
 "TenantConfig": {"ParameterDefinitions": [{"Name": "site", "Definition": {"StringSchema": {"Required": true}}}]},
 "Origins": {"Quantity": 1, "Items": [
   {"Id": "web", "DomainName": "origin.example.com", "OriginPath": "/{{site}}", "CustomOriginConfig": {"HTTPPort": 80, "HTTPSPort": 443, "OriginProtocolPolicy": "https-only"}}]},
 "DefaultCacheBehavior": {"TargetOriginId": "web", "ViewerProtocolPolicy": "redirect-to-https",
   "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"}}
JSON
  MT=$(aws cloudfront create-distribution --distribution-config "file://$MT_CONFIG" --query Distribution.Id --output text)
  SAAS_DOMAIN="saas-$SMOKE_ACCOUNT.example"; TENANT_DOMAIN="shop.$SAAS_DOMAIN"
  TENANT=$(aws cloudfront create-distribution-tenant --distribution-id "$MT" --name "shop-$SMOKE_ACCOUNT" \
    --domains "Domain=$TENANT_DOMAIN" --parameters Name=site,Value=shop --query DistributionTenant.Id --output text)
  [[ $TENANT =~ ^dt_ ]] || fail "bad tenant id $TENANT"
  expect_error InvalidArgument aws cloudfront create-distribution-tenant --distribution-id "$MT" --name "nosite-$SMOKE_ACCOUNT" \
    --domains "Domain=other-$TENANT_DOMAIN"
  ENDPOINT_NAME=$(aws cloudfront get-connection-group --identifier "$(aws cloudfront get-distribution-tenant --identifier "$TENANT" \
    --query DistributionTenant.ConnectionGroupId --output text)" --query ConnectionGroup.RoutingEndpoint --output text)
  expect_eq "$(aws cloudfront verify-dns-configuration --identifier "$TENANT" --query 'DnsConfigurationList[0].Status' --output text)" \
    "unknown-configuration"
  SAAS_ZONE=$(aws route53 create-hosted-zone --name "$SAAS_DOMAIN" --caller-reference "saas-$$" --query HostedZone.Id --output text)
  aws route53 change-resource-record-sets --hosted-zone-id "$SAAS_ZONE" --change-batch "{\"Changes\": [{\"Action\": \"CREATE\",
    \"ResourceRecordSet\": {\"Name\": \"$TENANT_DOMAIN\", \"Type\": \"CNAME\", \"TTL\": 300,
    \"ResourceRecords\": [{\"Value\": \"$ENDPOINT_NAME\"}]}}]}" >/dev/null
  expect_eq "$(aws cloudfront verify-dns-configuration --identifier "$TENANT" --query 'DnsConfigurationList[0].Status' --output text)" \
    "valid-configuration"
  aws cloudfront create-invalidation-for-distribution-tenant --id "$TENANT" \
    --invalidation-batch "Paths={Quantity=1,Items=[/index.html]},CallerReference=smoke-$$" >/dev/null
  expect_eq "$(aws cloudfront list-invalidations-for-distribution-tenant --id "$TENANT" --query 'length(InvalidationList.Items)' --output text)" "1"
  ETAG=$(aws cloudfront get-distribution-tenant --identifier "$TENANT" --query ETag --output text)
  expect_error ResourceNotDisabled aws cloudfront delete-distribution-tenant --id "$TENANT" --if-match "$ETAG"
  ETAG=$(aws cloudfront update-distribution-tenant --id "$TENANT" --if-match "$ETAG" --no-enabled --query ETag --output text)
  aws cloudfront delete-distribution-tenant --id "$TENANT" --if-match "$ETAG"
  aws cloudfront get-distribution-config --id "$MT" --query DistributionConfig --output json \
    | python3 -c 'import json,sys; c=json.load(sys.stdin); c["Enabled"]=False; print(json.dumps(c))' > "$MT_CONFIG"
  ETAG=$(aws cloudfront update-distribution --id "$MT" --if-match "$(aws cloudfront get-distribution-config --id "$MT" --query ETag --output text)" \
    --distribution-config "file://$MT_CONFIG" --query ETag --output text)
  aws cloudfront wait distribution-deployed --id "$MT"
  aws cloudfront delete-distribution --id "$MT" --if-match "$ETAG"
  RRSET=$(aws route53 list-resource-record-sets --hosted-zone-id "$SAAS_ZONE" --query "ResourceRecordSets[?Type=='CNAME'] | [0]" --output json)
  aws route53 change-resource-record-sets --hosted-zone-id "$SAAS_ZONE" \
    --change-batch "{\"Changes\": [{\"Action\": \"DELETE\", \"ResourceRecordSet\": $RRSET}]}" >/dev/null
  aws route53 delete-hosted-zone --id "$SAAS_ZONE" >/dev/null
  rm -f "$MT_CONFIG"; ok "$TENANT"
else
  ok "skipped: this CLI ($("$AWS_BIN" --version 2>&1 | cut -d' ' -f1)) has no distribution tenants"
fi

step "teardown: VPN, TGW, endpoints, prefix list, IPv6, placement"
aws ec2 delete-vpn-connection --vpn-connection-id "$VPN"
aws ec2 wait vpn-connection-deleted --vpn-connection-ids "$VPN"
aws ec2 disable-vgw-route-propagation --route-table-id "$PRIVATE_RTB" --gateway-id "$VGW"
aws ec2 detach-vpn-gateway --vpn-gateway-id "$VGW" --vpc-id "$VPC"
aws ec2 delete-vpn-gateway --vpn-gateway-id "$VGW"
aws ec2 delete-customer-gateway --customer-gateway-id "$CGW"
aws ec2 delete-route --route-table-id "$PRIVATE_RTB" --destination-cidr-block 10.99.0.0/16
aws ec2 delete-transit-gateway-vpc-attachment --transit-gateway-attachment-id "$TGW_ATTACH" >/dev/null
aws ec2 delete-transit-gateway --transit-gateway-id "$TGW" >/dev/null
aws ec2 delete-vpc-endpoints --vpc-endpoint-ids "$S3_EP" "$SSM_EP" >/dev/null
aws ec2 delete-managed-prefix-list --prefix-list-id "$PL" >/dev/null
aws ec2 delete-route --route-table-id "$PRIVATE_RTB" --destination-ipv6-cidr-block ::/0
aws ec2 delete-egress-only-internet-gateway --egress-only-internet-gateway-id "$EIGW" >/dev/null
aws ec2 disassociate-subnet-cidr-block --association-id "$SUBNET_V6_ASSOC" >/dev/null
aws ec2 disassociate-vpc-cidr-block --association-id "$V6_ASSOC" >/dev/null
aws ec2 delete-placement-group --group-name smoke-spread
expect_eq "$(aws ec2 describe-network-interfaces --filters Name=vpc-id,Values="$VPC" Name=interface-type,Values=vpc_endpoint,transit_gateway \
  --query 'length(NetworkInterfaces)' --output text)" "0"; ok

step "teardown: delete-vpc refused while subnets remain"
expect_error DependencyViolation aws ec2 delete-vpc --vpc-id "$VPC"; ok

step "teardown: instances, NAT gateway, Elastic IP"
aws ec2 terminate-instances --instance-ids "$WEB" "$DB" >/dev/null
aws ec2 wait instance-terminated --instance-ids "$WEB" "$DB"
aws ec2 disassociate-route-table --association-id "$PRIVATE_ASSOC"
aws ec2 delete-route-table --route-table-id "$PRIVATE_RTB"
aws ec2 delete-nat-gateway --nat-gateway-id "$NAT" >/dev/null
aws ec2 wait nat-gateway-deleted --nat-gateway-ids "$NAT"
aws ec2 release-address --allocation-id "$EIP"; ok

step "teardown: ACL, security groups, route table, gateway"
DEFAULT_ACL=$(aws ec2 describe-network-acls --filters Name=vpc-id,Values="$VPC" Name=default,Values=true --query 'NetworkAcls[0].NetworkAclId' --output text)
aws ec2 replace-network-acl-association --association-id "$NEW_ACL_ASSOC" --network-acl-id "$DEFAULT_ACL" >/dev/null
aws ec2 delete-network-acl --network-acl-id "$ACL"
aws ec2 revoke-security-group-ingress --group-id "$SG_DB" --protocol tcp --port 5432 --source-group "$SG_WEB" >/dev/null
aws ec2 delete-security-group --group-id "$SG_DB" >/dev/null
aws ec2 delete-security-group --group-id "$SG_WEB" >/dev/null
aws ec2 disassociate-route-table --association-id "$RTB_ASSOC"
aws ec2 delete-route --route-table-id "$RTB" --destination-cidr-block 0.0.0.0/0
aws ec2 delete-route-table --route-table-id "$RTB"
aws ec2 detach-internet-gateway --internet-gateway-id "$IGW" --vpc-id "$VPC"
aws ec2 delete-internet-gateway --internet-gateway-id "$IGW"; ok

step "teardown: subnets, secondary CIDR, VPC"
aws ec2 delete-subnet --subnet-id "$SUBNET_A"
aws ec2 delete-subnet --subnet-id "$SUBNET_B"
aws ec2 disassociate-vpc-cidr-block --association-id "$ASSOC" >/dev/null
aws ec2 delete-vpc --vpc-id "$VPC"
expect_error InvalidVpcID.NotFound aws ec2 describe-vpcs --vpc-ids "$VPC"
expect_eq "$(aws ec2 describe-vpcs --query 'length(Vpcs)' --output text)" "1"; ok

echo "CLI smoke test passed"
