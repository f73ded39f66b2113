package dev.netsim.elbv2.truststore;

/** Where a CA bundle or revocation list lives in Amazon S3, as the caller named it. */
public record S3Location(String bucket, String key, String objectVersion) {

    /**
     * The object's address. AWS answers GetTrustStore…Content with a presigned URL to its own copy;
     * Netsim keeps no copy, so it gives the address of the object the caller named.
     */
    String url(String region) {
        return "https://" + bucket + ".s3." + region + ".amazonaws.com/" + key + (objectVersion == null ? "" : "?versionId=" + objectVersion);
    }
}
