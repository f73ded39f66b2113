package dev.netsim.simulation.cdn;

import java.util.List;

/** An invalidation as the engine applies it: objects stored before {@code createdMillis} whose path matches one of the paths are gone. */
public record InvalidationRecord(String id, long createdMillis, List<String> paths) {

    public InvalidationRecord {
        paths = List.copyOf(paths);
    }

    /** {@code /images/*} removes every path it begins; any other path removes itself (with every query string). */
    public boolean matches(String path) {
        for (String p : paths) {
            if (p.endsWith("*") ? path.startsWith(p.substring(0, p.length() - 1)) : path.equals(p)) {
                return true;
            }
        }
        return false;
    }
}
