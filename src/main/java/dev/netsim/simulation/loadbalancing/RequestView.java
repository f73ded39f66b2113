package dev.netsim.simulation.loadbalancing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

/**
 * A request prepared once for rule matching: the host without its port and lower-cased, header
 * names lower-cased, the query lower-cased, the source address parsed.
 */
final class RequestView {

    final ClientRequest request;
    final String host;
    final Map<String, String> headers = new HashMap<>();
    final Map<String, List<String>> query = new HashMap<>();
    final IPAddress source;

    RequestView(ClientRequest request) {
        this.request = request;
        request.headers().forEach((name, value) -> headers.put(name.toLowerCase(Locale.ROOT), value == null ? "" : value));
        String hostValue = request.host() != null ? request.host() : headers.get("host");
        this.host = hostValue == null ? null : withoutPort(hostValue).toLowerCase(Locale.ROOT);
        request.query().forEach((key, values) -> query.put(key.toLowerCase(Locale.ROOT),
                values.stream().map(v -> v == null ? "" : v.toLowerCase(Locale.ROOT)).toList()));
        this.source = request.sourceIp() == null ? null : new IPAddressString(request.sourceIp()).getAddress();
    }

    private static String withoutPort(String host) {
        int colon = host.lastIndexOf(':');
        return colon > 0 && host.indexOf(']') < colon && host.indexOf(':') == colon ? host.substring(0, colon) : host;
    }
}
