package dev.netsim.simulation.cdn;

import java.util.Map;

/**
 * What a simulated origin answers for a path: status, headers (Cache-Control, Expires, Content-Type,
 * …), body size, validators (ETag, Last-Modified) for conditional requests, and how long it takes.
 */
public record OriginObject(int status, Map<String, String> headers, long bodySize, String etag, String lastModified, long latencyMillis) {

    public OriginObject {
        headers = Map.copyOf(headers);
    }

    /** The origin's answer for a path it has nothing at: a 404 with no caching headers. */
    public static final OriginObject NOT_FOUND = new OriginObject(404, Map.of("Content-Type", "text/html"), 0, null, null, 0);

    /** The same object as a conditional request would see it: the validators decide whether it changed. */
    public boolean sameVersionAs(String otherEtag, String otherLastModified) {
        if (etag != null && otherEtag != null) {
            return etag.equals(otherEtag);
        }
        return lastModified != null && lastModified.equals(otherLastModified);
    }
}
