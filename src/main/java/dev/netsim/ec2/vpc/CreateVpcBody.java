package dev.netsim.ec2.vpc;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;

import io.swagger.v3.oas.annotations.media.Schema;

/** JSON body of a VPC creation: what CreateVpc takes. */
@Schema(name = "CreateVpc")
public record CreateVpcBody(
        @NotBlank @Schema(example = "10.0.0.0/16", description = "IPv4 CIDR, /16 to /28") String cidrBlock,
        @Schema(example = "default", allowableValues = {"default", "dedicated"}) String instanceTenancy,
        @Schema(example = "false", description = "Also give the VPC a /56 IPv6 block from Amazon's pool") Boolean amazonProvidedIpv6CidrBlock,
        @Schema(example = "{\"Name\": \"demo\"}") Map<String, String> tags) {
}
