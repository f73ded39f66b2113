package dev.netsim.ec2.endpoint;

import java.util.List;

/** An endpoint with what is derived for it: its state, route tables (gateway) and security groups (interface). */
public record VpcEndpointView(VpcEndpoint endpoint, String state, List<String> routeTableIds, List<String> groupIds) {
}
