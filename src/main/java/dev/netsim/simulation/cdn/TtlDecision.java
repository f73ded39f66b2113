package dev.netsim.simulation.cdn;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * How long CloudFront keeps an object, by AWS's table: an origin's {@code no-cache}, {@code no-store}
 * or {@code private} means not cached when MinTTL is 0 and MinTTL otherwise; else the origin's TTL
 * ({@code s-maxage}, then {@code max-age}, then {@code Expires} − now) clamped between MinTTL and
 * MaxTTL; with none, max(MinTTL, DefaultTTL).
 */
public record TtlDecision(long seconds, String rule) {

    public boolean cached() {
        return seconds > 0;
    }

    public static TtlDecision of(CdnDistribution.Ttls ttls, Map<String, String> originHeaders, Instant now) {
        String cacheControl = header(originHeaders, "Cache-Control");
        Directives d = Directives.parse(cacheControl);
        if (d.noCache || d.noStore || d.isPrivate) {
            String which = d.noStore ? "no-store" : d.noCache ? "no-cache" : "private";
            return ttls.min() == 0
                    ? new TtlDecision(0, "the origin sent Cache-Control: " + which + " and MinTTL is 0, so CloudFront does not cache it")
                    : new TtlDecision(ttls.min(), "the origin sent Cache-Control: " + which + ", so CloudFront caches it for MinTTL ("
                    + ttls.min() + " s)");
        }
        Long originTtl = null;
        String source = null;
        if (d.sMaxAge != null) {
            originTtl = d.sMaxAge;
            source = "s-maxage=" + d.sMaxAge;
        } else if (d.maxAge != null) {
            originTtl = d.maxAge;
            source = "max-age=" + d.maxAge;
        } else {
            Instant expires = expires(header(originHeaders, "Expires"));
            if (expires != null) {
                originTtl = Math.max(0, expires.getEpochSecond() - now.getEpochSecond());
                source = "Expires (" + originTtl + " s from now)";
            }
        }
        if (originTtl == null) {
            long ttl = Math.max(ttls.min(), ttls.defaultTtl());
            return new TtlDecision(ttl, "the origin sent no max-age, s-maxage or Expires, so the TTL is max(MinTTL, DefaultTTL) = " + ttl + " s");
        }
        long ttl = Math.min(ttls.max(), Math.max(ttls.min(), originTtl));
        String clamp = ttl == originTtl ? "within MinTTL " + ttls.min() + " and MaxTTL " + ttls.max()
                : ttl == ttls.max() ? "above MaxTTL, so MaxTTL" : "below MinTTL, so MinTTL";
        return new TtlDecision(ttl, "the origin's " + source + " is " + clamp + ": " + ttl + " s");
    }

    private static String header(Map<String, String> headers, String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Instant expires(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH; // an Expires CloudFront cannot read is in the past, as HTTP says
        }
    }

    /** The Cache-Control directives that decide CloudFront's TTL. */
    private static final class Directives {

        boolean noCache;
        boolean noStore;
        boolean isPrivate;
        Long maxAge;
        Long sMaxAge;

        static Directives parse(String cacheControl) {
            Directives d = new Directives();
            if (cacheControl == null) {
                return d;
            }
            for (String part : cacheControl.split(",")) {
                String directive = part.trim().toLowerCase(Locale.ROOT);
                if (directive.equals("no-cache") || directive.startsWith("no-cache=")) {
                    d.noCache = true;
                } else if (directive.equals("no-store")) {
                    d.noStore = true;
                } else if (directive.equals("private") || directive.startsWith("private=")) {
                    d.isPrivate = true;
                } else if (directive.startsWith("max-age=")) {
                    d.maxAge = seconds(directive.substring("max-age=".length()));
                } else if (directive.startsWith("s-maxage=")) {
                    d.sMaxAge = seconds(directive.substring("s-maxage=".length()));
                }
            }
            return d;
        }

        private static Long seconds(String value) {
            try {
                return Math.max(0, Long.parseLong(value.replace("\"", "").trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
