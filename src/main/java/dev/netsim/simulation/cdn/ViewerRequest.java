package dev.netsim.simulation.cdn;

import java.util.Map;

/**
 * One viewer request: method, scheme ({@code http} or {@code https}), host, path, the raw query
 * string (null: none), headers (names lower case), cookies, and where it comes from — an explicit
 * edge location code, or the viewer's coordinates for the nearest edge.
 */
public record ViewerRequest(String method, String scheme, String host, String path, String query, Map<String, String> headers,
                            Map<String, String> cookies, String edge, Double latitude, Double longitude) {

    public ViewerRequest {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        cookies = cookies == null ? Map.of() : Map.copyOf(cookies);
    }
}
