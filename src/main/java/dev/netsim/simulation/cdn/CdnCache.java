package dev.netsim.simulation.cdn;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The caches of one distribution, tier by tier: one per edge location, per regional edge cache and
 * per Origin Shield Region, each keyed by cache key. The engine reads and fills it; it lives as
 * long as the distribution's simulation does. Safe for concurrent requests.
 */
public final class CdnCache {

    private final Map<String, Map<String, CachedObject>> tiers = new ConcurrentHashMap<>();

    CachedObject get(String tier, String key) {
        Map<String, CachedObject> objects = tiers.get(tier);
        return objects == null ? null : objects.get(key);
    }

    void put(String tier, String key, CachedObject object) {
        tiers.computeIfAbsent(tier, t -> new ConcurrentHashMap<>()).put(key, object);
    }

    void remove(String tier, String key) {
        Map<String, CachedObject> objects = tiers.get(tier);
        if (objects != null) {
            objects.remove(key);
        }
    }

    /** How many objects the tiers hold in all. */
    public int size() {
        return tiers.values().stream().mapToInt(Map::size).sum();
    }

    public void clear() {
        tiers.clear();
    }
}
