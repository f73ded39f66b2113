package dev.netsim.simulation.loadbalancing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request as it reaches a load balancer. {@code query} keeps every value of a repeated key;
 * header names are matched case-insensitively; {@code clientAvailabilityZone} (may be null) is the
 * zone whose node DNS gave the client; {@code tcpSequence} (may be null) is the initial sequence
 * number an NLB hashes with the TCP 5-tuple; {@code outstandingRequests} (may be empty) adds requests
 * already in flight per target id, as a least-outstanding-requests group sees them; {@code packet}
 * (null for ALB and NLB) is what a gateway load balancer hashes: the inspected packet's protocol,
 * destination address and port ({@code sourceIp} and {@code sourcePort} are its source).
 */
public record ClientRequest(int listenerPort, String method, String host, String path, Map<String, List<String>> query,
                            Map<String, String> headers, Map<String, String> cookies, String sourceIp, int sourcePort,
                            String clientAvailabilityZone, Long tcpSequence, Map<String, Integer> outstandingRequests, Packet packet) {

    /**
     * The packet a gateway load balancer passes to an appliance; {@code established} (may be null)
     * says it belongs to a flow that began while every registered target was in service.
     */
    public record Packet(String protocol, String destinationIp, Integer destinationPort, Boolean established) {

        public Packet(String protocol, String destinationIp, Integer destinationPort) {
            this(protocol, destinationIp, destinationPort, null);
        }
    }

    /** A request to an ALB or NLB. */
    public ClientRequest(int listenerPort, String method, String host, String path, Map<String, List<String>> query, Map<String, String> headers,
                         Map<String, String> cookies, String sourceIp, int sourcePort, String clientAvailabilityZone, Long tcpSequence,
                         Map<String, Integer> outstandingRequests) {
        this(listenerPort, method, host, path, query, headers, cookies, sourceIp, sourcePort, clientAvailabilityZone, tcpSequence,
                outstandingRequests, null);
    }

    public ClientRequest {
        method = method == null ? "GET" : method;
        path = path == null || path.isEmpty() ? "/" : path;
        query = ordered(query);
        headers = ordered(headers);
        cookies = ordered(cookies);
        outstandingRequests = ordered(outstandingRequests);
    }

    /** A copy in the caller's order (a redirect rebuilds the query string in it), without null keys or values; null is empty. */
    private static <V> Map<String, V> ordered(Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, V> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null && value != null) {
                copy.put(key, value);
            }
        });
        return Collections.unmodifiableMap(copy);
    }

    /** The same request carrying more cookies (a client that keeps what the load balancer set). */
    ClientRequest withCookies(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(cookies);
        all.putAll(more);
        return new ClientRequest(listenerPort, method, host, path, query, headers, all, sourceIp, sourcePort,
                clientAvailabilityZone, tcpSequence, outstandingRequests, packet);
    }
}
