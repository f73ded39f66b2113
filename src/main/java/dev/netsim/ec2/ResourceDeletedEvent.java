package dev.netsim.ec2;

/**
 * Published inside the deleting transaction when an EC2 resource goes, for what hangs off it
 * without its owner knowing (flow logs of a VPC, subnet or interface).
 */
public record ResourceDeletedEvent(String resourceId) {
}
