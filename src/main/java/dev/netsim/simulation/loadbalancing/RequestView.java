package dev.netsim.simulation.loadbalancing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * A request prepared for rule matching: the host without its port and lower-cased; header names,
 * the query and the parsed source address only when a condition first asks for them.
 */
final class RequestView {

    final ClientRequest request;
    final String host;
    private Map<String, String> headers;
    private Map<String, List<String>> query;
    private IPAddress source;
    private boolean sourceParsed;

    RequestView(ClientRequest request) {
        this.request = request;
        String hostValue = request.host() != null ? request.host() : request.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("host")).map(Map.Entry::getValue).findFirst().orElse(null);
        this.host = hostValue == null ? null : withoutPort(hostValue).toLowerCase(Locale.ROOT);
    }

    /** A header's value by lower-cased name, or null. */
    String header(String lowerCaseName) {
        if (headers == null) {
            headers = new HashMap<>();
            request.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value == null ? "" : value));
        }
        return headers.get(lowerCaseName);
    }

    /** The query with keys and values lower-cased. */
    Map<String, List<String>> query() {
        if (query == null) {
            query = new HashMap<>();
            request.query().forEach((key, values) -> query.put(key.toLowerCase(Locale.ROOT),
                    values.stream().map(v -> v == null ? "" : v.toLowerCase(Locale.ROOT)).toList()));
        }
        return query;
    }

    IPAddress source() {
        if (!sourceParsed) {
            source = request.sourceIp() == null ? null : new IPAddressString(request.sourceIp()).getAddress();
            sourceParsed = true;
        }
        return source;
    }

    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon && host.indexOf(':') == colon ? host.substring(0, colon) : host;
    }
}
