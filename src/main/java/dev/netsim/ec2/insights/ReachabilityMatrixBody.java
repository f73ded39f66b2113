package dev.netsim.ec2.insights;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** Every source against every destination on every port. */
@Schema(description = "Sources × destinations × ports to analyse in one call (at most 10,000 cells)")
record ReachabilityMatrixBody(
        @Schema(example = "[\"i-0a1b2c3d4e5f6a7b8\", \"igw-0c2a4f0b0e1d2c3b4\"]") List<String> sources,
        @Schema(example = "[\"i-0b1c2d3e4f5a6b7c8\"]") List<String> destinations,
        @Schema(example = "tcp") String protocol,
        @Schema(example = "[22, 443]") List<Integer> ports) {
}
