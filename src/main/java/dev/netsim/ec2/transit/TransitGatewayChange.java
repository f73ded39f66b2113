package dev.netsim.ec2.transit;

/** What ModifyTransitGateway's options change; null keeps what the gateway has. */
record TransitGatewayChange(Long amazonSideAsn, Boolean autoAcceptSharedAttachments, Boolean defaultRouteTableAssociation,
                            String associationDefaultRouteTableId, Boolean defaultRouteTablePropagation, String propagationDefaultRouteTableId,
                            Boolean vpnEcmpSupport, Boolean dnsSupport) {
}
