package dev.netsim.ec2.transit;

/** A VPC attachment with its derived state. */
public record AttachmentView(TransitGatewayAttachment attachment, String state) {
}
