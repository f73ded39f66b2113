package dev.netsim.elbv2.listener;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.truststore.TrustStoreService;

/**
 * Checks a listener's mutual authentication as AWS does: HTTPS listeners only, mode off, passthrough
 * or verify, a trust store for verify (and only for verify), and at most two verifying listeners per
 * load balancer. An HTTPS listener given none has mode off.
 */
@Component
class MutualAuthenticationValidator {

    static final int MAX_VERIFYING_LISTENERS = 2;
    private static final Set<String> MODES = Set.of("off", "passthrough", "verify");

    private final TrustStoreService trustStores;

    MutualAuthenticationValidator(TrustStoreService trustStores) {
        this.trustStores = trustStores;
    }

    /** What the listener keeps: null for a protocol other than HTTPS. */
    MutualAuthentication validate(Scope scope, String protocol, MutualAuthentication requested, List<Listener> otherListeners) {
        if (!"HTTPS".equals(protocol)) {
            if (requested != null && !"off".equals(requested.mode())) {
                throw ElbErrors.configuration("Mutual authentication is supported on HTTPS listeners only");
            }
            return null;
        }
        if (requested == null || requested.mode() == null && requested.trustStoreArn() == null) {
            return MutualAuthentication.OFF;
        }
        String mode = requested.mode() == null ? "off" : requested.mode();
        if (!MODES.contains(mode)) {
            throw ElbErrors.invalid("mutualAuthentication.mode", mode, "Member must satisfy enum value set: [off, passthrough, verify]");
        }
        if (!mode.equals("verify")) {
            if (requested.trustStoreArn() != null || requested.ignoreClientCertificateExpiry() != null) {
                throw ElbErrors.configuration("A trust store and client certificate expiry apply to mode verify only");
            }
            return new MutualAuthentication(mode, null, null, null);
        }
        if (requested.trustStoreArn() == null) {
            throw ElbErrors.configuration("Mutual authentication mode verify needs a trust store");
        }
        trustStores.get(scope, requested.trustStoreArn());
        long verifying = otherListeners.stream().filter(l -> l.mutualAuthentication() != null && l.mutualAuthentication().verifies()).count();
        if (verifying >= MAX_VERIFYING_LISTENERS) {
            throw new AwsException("TooManyListeners",
                    "A load balancer can have at most " + MAX_VERIFYING_LISTENERS + " listeners that verify clients with mutual TLS");
        }
        String advertise = requested.advertiseTrustStoreCaNames() == null ? "off" : requested.advertiseTrustStoreCaNames();
        if (!Set.of("on", "off").contains(advertise)) {
            throw ElbErrors.invalid("mutualAuthentication.advertiseTrustStoreCaNames", advertise, "Member must satisfy enum value set: [on, off]");
        }
        return new MutualAuthentication(mode, requested.trustStoreArn(),
                requested.ignoreClientCertificateExpiry() != null && requested.ignoreClientCertificateExpiry(), advertise);
    }
}
