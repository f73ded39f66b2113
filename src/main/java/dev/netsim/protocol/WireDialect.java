package dev.netsim.protocol;

/** How a service's messages are laid out on the wire (see shared/aws-wire-protocols.md). */
public enum WireDialect {
    /** EC2's query dialect: flattened lists without {@code member}, no Result wrapper, {@code item} lists. */
    EC2,
    /** awsQuery: {@code .member.N} lists, {@code <XResult>} wrapper, {@code ResponseMetadata}. */
    AWS_QUERY,
    /** REST with XML bodies that use the shapes' own element names. */
    REST_XML
}
