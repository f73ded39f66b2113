package dev.netsim.elbv2.truststore;

/** One revocation list added to a trust store: its id (1, 2, … per trust store), type (CRL) and location. */
public record Revocation(long id, String type, S3Location location) {
}
