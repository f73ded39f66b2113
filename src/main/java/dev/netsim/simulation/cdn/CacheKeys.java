package dev.netsim.simulation.cdn;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request's cache key under a behaviour's policy: host and path, the query string parameters the
 * policy includes (in the order the viewer sent them, as CloudFront keys them), the included
 * headers and cookies (by name), and the normalized Accept-Encoding ({@code br} before {@code gzip})
 * when the policy takes compression into account.
 */
final class CacheKeys {

    private CacheKeys() {
    }

    static String key(ViewerRequest request, String path, CacheKeyPolicy policy) {
        StringBuilder key = new StringBuilder(64).append(request.host()).append(path);
        if (request.query() != null && !request.query().isEmpty() && policy.queryStrings().mode() != CacheKeyPolicy.Mode.NONE) {
            char separator = '?';
            for (String pair : request.query().split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (policy.queryStrings().includes(name)) {
                    key.append(separator).append(pair);
                    separator = '&';
                }
            }
        }
        if (policy.headers().mode() != CacheKeyPolicy.Mode.NONE && !request.headers().isEmpty()) {
            Map<String, String> sorted = new TreeMap<>();
            request.headers().forEach((name, value) -> {
                String lower = name.toLowerCase(Locale.ROOT);
                if (policy.headers().includes(lower) && !lower.equals("accept-encoding")) {
                    sorted.put(lower, value);
                }
            });
            sorted.forEach((name, value) -> key.append("|h:").append(name).append('=').append(value));
        }
        if (policy.cookies().mode() != CacheKeyPolicy.Mode.NONE && !request.cookies().isEmpty()) {
            new TreeMap<>(request.cookies()).forEach((name, value) -> {
                if (policy.cookies().includes(name)) {
                    key.append("|c:").append(name).append('=').append(value);
                }
            });
        }
        String encoding = encoding(request, policy);
        if (encoding != null) {
            key.append("|enc:").append(encoding);
        }
        return key.toString();
    }

    private static String encoding(ViewerRequest request, CacheKeyPolicy policy) {
        if (!policy.gzip() && !policy.brotli()) {
            return null;
        }
        String accept = null;
        for (Map.Entry<String, String> e : request.headers().entrySet()) {
            if (e.getKey().equalsIgnoreCase("accept-encoding")) {
                accept = e.getValue().toLowerCase(Locale.ROOT);
            }
        }
        if (accept == null) {
            return null;
        }
        if (policy.brotli() && accept.contains("br")) {
            return "br";
        }
        return policy.gzip() && accept.contains("gzip") ? "gzip" : null;
    }
}
