package dev.netsim.simulation.cdn;

import java.util.Map;

/**
 * An object in one cache tier: the response the origin gave for its path, when it was stored (or
 * last revalidated), for how long, and by which TTL rule.
 */
public record CachedObject(String path, int status, Map<String, String> headers, long bodySize, String etag, String lastModified,
                           long storedAtMillis, long ttlSeconds, String ttlRule) {

    public boolean freshAt(long nowMillis) {
        return nowMillis < storedAtMillis + ttlSeconds * 1000;
    }

    public long ageSeconds(long nowMillis) {
        return Math.max(0, (nowMillis - storedAtMillis) / 1000);
    }
}
