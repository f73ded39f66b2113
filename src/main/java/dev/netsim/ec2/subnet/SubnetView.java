package dev.netsim.ec2.subnet;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A subnet as the JSON API shows it; field names follow the EC2 API's. */
@Schema(name = "Subnet")
public record SubnetView(
        @Schema(example = "subnet-aa52bfd9d6751dcaa") String subnetId,
        String subnetArn,
        @Schema(example = "vpc-1620bd545a223d5fd") String vpcId,
        String ownerId,
        @Schema(example = "available") String state,
        @Schema(example = "10.0.1.0/24") String cidrBlock,
        String ipv6CidrBlock,
        @Schema(example = "us-east-1a") String availabilityZone,
        @Schema(example = "use1-az1") String availabilityZoneId,
        @Schema(example = "251") long availableIpAddressCount,
        boolean defaultForAz,
        boolean mapPublicIpOnLaunch,
        boolean assignIpv6AddressOnCreation,
        Map<String, String> tags) {
}
