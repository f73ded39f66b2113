package dev.netsim.simulation.network;

/** A VPC endpoint: gateway (reached by routes to its service's prefix list) or interface, with the service it serves. */
public record VpcEndpointNode(String id, String vpcId, String endpointType, String serviceName, String prefixListId) {

    public boolean isGateway() {
        return "Gateway".equalsIgnoreCase(endpointType);
    }
}
