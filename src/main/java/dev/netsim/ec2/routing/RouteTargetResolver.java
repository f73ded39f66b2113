package dev.netsim.ec2.routing;

import dev.netsim.common.Scope;

/**
 * Knows one kind of route target (internet gateways, NAT gateways, …): whether a target exists and
 * whether routes of a VPC can use it. Each resource type that routes can point at provides one.
 */
public interface RouteTargetResolver {

    enum Status {
        /** Does not exist (never did, or was deleted): a new route is refused, an old one is a blackhole. */
        ABSENT,
        /** Exists but does not serve this VPC (e.g. a gateway attached elsewhere or detached). */
        NOT_ATTACHED,
        ACTIVE;

        /** A target that exists when {@code exists}, and serves the route table's VPC when {@code serves}. */
        public static Status of(boolean exists, boolean serves) {
            return !exists ? ABSENT : serves ? ACTIVE : NOT_ATTACHED;
        }

        /** A target found with the VPC it serves (empty when it does not exist), for a route table of {@code vpcId}. */
        public static Status of(java.util.Optional<String> servedVpc, String vpcId) {
            return servedVpc.map(vpc -> vpc.equals(vpcId) ? ACTIVE : NOT_ATTACHED).orElse(ABSENT);
        }
    }

    boolean supports(RouteTarget target);

    Status status(Scope scope, RouteTarget target, String vpcId);
}
