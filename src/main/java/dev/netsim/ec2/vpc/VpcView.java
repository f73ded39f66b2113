package dev.netsim.ec2.vpc;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/** A VPC as the JSON API shows it; field names follow the EC2 API's. */
@Schema(name = "Vpc")
public record VpcView(
        @Schema(example = "vpc-1620bd545a223d5fd") String vpcId,
        @Schema(example = "000000000000") String ownerId,
        @Schema(example = "available") String state,
        @Schema(example = "10.0.0.0/16") String cidrBlock,
        List<CidrBlockAssociationView> cidrBlockAssociations,
        List<Ipv6CidrBlockAssociationView> ipv6CidrBlockAssociations,
        @Schema(example = "default") String dhcpOptionsId,
        @Schema(example = "default") String instanceTenancy,
        boolean isDefault,
        boolean enableDnsSupport,
        boolean enableDnsHostnames,
        Map<String, String> tags) {

    @Schema(name = "VpcCidrBlockAssociation")
    public record CidrBlockAssociationView(String associationId, String cidrBlock, String state) {
    }

    @Schema(name = "VpcIpv6CidrBlockAssociation")
    public record Ipv6CidrBlockAssociationView(String associationId, @Schema(example = "2600:1f10:4a3b:e800::/56") String ipv6CidrBlock,
                                               String ipv6Pool, String networkBorderGroup, String state) {
    }
}
