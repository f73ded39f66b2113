package dev.netsim.elbv2.simulation;

import java.util.List;
import java.util.Map;

import dev.netsim.simulation.loadbalancing.ClientRequest;
import io.swagger.v3.oas.annotations.media.Schema;

/** A request to send to a load balancer, as the JSON API takes it. */
@Schema(description = "One request as it reaches the load balancer")
record SimulatedRequest(
        @Schema(example = "80") Integer listenerPort,
        @Schema(example = "GET") String method,
        @Schema(example = "api.example.com") String host,
        @Schema(example = "/orders/7") String path,
        @Schema(description = "Query parameters; a list value repeats the key") Map<String, List<String>> query,
        Map<String, String> headers,
        Map<String, String> cookies,
        @Schema(example = "198.51.100.7") String sourceIp,
        @Schema(example = "50123") Integer sourcePort,
        @Schema(example = "us-east-1a", description = "The zone whose node DNS gave the client; omitted, nodes take turns") String clientAvailabilityZone,
        @Schema(description = "NLB: the TCP initial sequence number hashed with the flow") Long tcpSequence,
        @Schema(description = "Requests already in flight per target id (least outstanding requests)") Map<String, Integer> outstandingRequests,
        @Schema(description = "Gateway load balancers: the inspected packet's protocol, destination address and port (its source is "
                + "sourceIp and sourcePort)") ClientRequest.Packet packet,
        @Schema(description = "Seed for the random choices of this call") Long seed) {

    ClientRequest toEngine() {
        if (listenerPort == null) {
            throw new dev.netsim.common.AwsException("ValidationError", "listenerPort is required");
        }
        return new ClientRequest(listenerPort, method, host, path, query, headers, cookies, sourceIp, sourcePort == null ? 50000 : sourcePort,
                clientAvailabilityZone, tcpSequence, outstandingRequests, packet);
    }
}
