package dev.netsim.simulation.loadbalancing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * The value of a stickiness cookie: which target group (and target) it pins and until when. AWS
 * encrypts it; here it is opaque Base64 of the same facts, so a test can read what it pins.
 * A value that does not decode pins nothing.
 */
record StickyCookie(String targetGroupArn, String targetKey, Instant expires) {

    String encode() {
        String plain = targetGroupArn + "|" + (targetKey == null ? "" : targetKey) + "|" + expires.getEpochSecond();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static StickyCookie decode(String value) {
        if (value == null) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                return null;
            }
            return new StickyCookie(parts[0], parts[1].isEmpty() ? null : parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
