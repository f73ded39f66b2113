package dev.netsim.ec2.metadata;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * IMDSv2 session tokens: bound to one instance, valid until their TTL runs out. Tokens are signed
 * with a key made at start-up, so they need no storage and end with the process, as an
 * instance's tokens end with a reboot.
 */
@Component
public class MetadataTokens {

    private final byte[] key = new byte[32];
    private final Clock clock;

    public MetadataTokens(Clock clock) {
        new SecureRandom().nextBytes(key);
        this.clock = clock;
    }

    public String issue(String instanceId, int ttlSeconds) {
        String payload = instanceId + ":" + clock.instant().plusSeconds(ttlSeconds).getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString((payload + ":" + sign(payload)).getBytes(StandardCharsets.UTF_8));
    }

    public boolean isValid(String token, String instanceId) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length != 3) {
                return false;
            }
            String payload = parts[0] + ":" + parts[1];
            return parts[0].equals(instanceId) && sign(payload).equals(parts[2])
                    && clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[1])));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
