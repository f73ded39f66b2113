package dev.netsim.ec2.insights;

import dev.netsim.simulation.network.PortRange;
import dev.netsim.simulation.reachability.ReachabilityQuery;
import io.swagger.v3.oas.annotations.media.Schema;

/** A reachability question in the JSON API: the members of CreateNetworkInsightsPath. */
@Schema(description = "A path to analyse, as CreateNetworkInsightsPath takes it")
record ReachabilityBody(
        @Schema(description = "Instance, network interface, internet gateway (the internet), VPC endpoint or peering connection: id or ARN",
                example = "igw-0c2a4f0b0e1d2c3b4") String source,
        @Schema(description = "Same kinds as the source; may be left out when destinationIp is given", example = "i-0b1c2d3e4f5a6b7c8")
        String destination,
        @Schema(description = "Source address (one of the source's, or an internet address)") String sourceIp,
        @Schema(description = "Destination address") String destinationIp,
        @Schema(description = "tcp or udp", example = "tcp") String protocol,
        @Schema(description = "Destination port; all ports when left out", example = "443") Integer destinationPort,
        @Schema(description = "Narrows the packets at the source") Filter filterAtSource,
        @Schema(description = "Narrows the packets at the destination") Filter filterAtDestination) {

    /** AWS's PathFilter. */
    record Filter(String sourceAddress, Ports sourcePortRange, String destinationAddress, Ports destinationPortRange) {

        ReachabilityQuery.PathFilter toQuery() {
            return new ReachabilityQuery.PathFilter(sourceAddress, Ports.toRange(sourcePortRange), destinationAddress,
                    Ports.toRange(destinationPortRange));
        }
    }

    /** AWS's FilterPortRange. */
    record Ports(Integer fromPort, Integer toPort) {

        static PortRange toRange(Ports ports) {
            return ports == null ? null : PortRange.ofNullable(ports.fromPort, ports.toPort);
        }
    }

    ReachabilityService.PathInput toInput() {
        return new ReachabilityService.PathInput(source, destination, sourceIp, destinationIp, protocol, destinationPort,
                filterAtSource == null ? null : filterAtSource.toQuery(), filterAtDestination == null ? null : filterAtDestination.toQuery());
    }
}
