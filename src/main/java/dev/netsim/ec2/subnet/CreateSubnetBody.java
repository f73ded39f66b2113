package dev.netsim.ec2.subnet;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.media.Schema;

/** JSON body of a subnet creation: what CreateSubnet takes. */
@Schema(name = "CreateSubnet")
public record CreateSubnetBody(
        @NotBlank @Schema(example = "vpc-1620bd545a223d5fd", description = "The example is the default VPC of account 000000000000 in us-east-1") String vpcId,
        @NotBlank @Schema(example = "172.31.96.0/24", description = "Inside a CIDR of the VPC, /16 to /28") String cidrBlock,
        @Schema(description = "Optional IPv6 block (/44 to /64) inside an IPv6 block of the VPC") String ipv6CidrBlock,
        @Schema(example = "us-east-1a", description = "Leave out to let Netsim pick") String availabilityZone,
        @Schema(example = "use1-az1", description = "Alternative to availabilityZone") String availabilityZoneId,
        @Schema(example = "{\"Tier\": \"web\"}") Map<String, String> tags) {
}
