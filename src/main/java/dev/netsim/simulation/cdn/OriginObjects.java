package dev.netsim.simulation.cdn;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulated origins of a distribution: per origin id, what each path answers. A path is found
 * exactly, else by the first of the origin's patterns ({@code /images/*}) that matches it, else the
 * origin answers 404.
 */
public final class OriginObjects {

    private final Map<String, Map<String, OriginObject>> byOrigin;

    public OriginObjects(Map<String, Map<String, OriginObject>> byOrigin) {
        Map<String, Map<String, OriginObject>> copy = new LinkedHashMap<>();
        byOrigin.forEach((origin, objects) -> copy.put(origin, new LinkedHashMap<>(objects)));
        this.byOrigin = copy;
    }

    public OriginObject answer(String originId, String path) {
        Map<String, OriginObject> objects = byOrigin.get(originId);
        if (objects == null) {
            return OriginObject.NOT_FOUND;
        }
        OriginObject exact = objects.get(path);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<String, OriginObject> e : objects.entrySet()) {
            if (e.getKey().indexOf('*') >= 0 && PathPattern.matches(e.getKey(), path)) {
                return e.getValue();
            }
        }
        return OriginObject.NOT_FOUND;
    }
}
