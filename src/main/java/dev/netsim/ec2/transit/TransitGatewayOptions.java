package dev.netsim.ec2.transit;

/** The options CreateTransitGateway takes, with AWS's defaults filled in. */
public record TransitGatewayOptions(long amazonSideAsn, boolean autoAcceptSharedAttachments, boolean defaultRouteTableAssociation,
                                    boolean defaultRouteTablePropagation, boolean vpnEcmpSupport, boolean dnsSupport, boolean multicastSupport) {
}
