package dev.netsim.elbv2.listener;

/**
 * An HTTPS listener's mutual TLS: {@code off}, {@code passthrough} (the client's certificate goes to
 * the targets in headers) or {@code verify} (checked against the trust store).
 */
public record MutualAuthentication(String mode, String trustStoreArn, Boolean ignoreClientCertificateExpiry, String advertiseTrustStoreCaNames) {

    static final MutualAuthentication OFF = new MutualAuthentication("off", null, null, null);

    public boolean verifies() {
        return "verify".equals(mode);
    }
}
