package dev.netsim.ec2.instance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.common.filter.Filter;
import dev.netsim.ec2.eni.NetworkInterfaceService;
import dev.netsim.ec2.tag.TagService;

/**
 * Narrows DescribeInstances to candidate ids with indexed lookups, so that a filtered call on
 * thousands of instances loads only the few that can match. Only filters with exact values (no
 * wildcards) narrow; every filter is still applied to the candidates afterwards.
 */
@Component
class InstanceCandidates {

    private final InstanceRepository instances;
    private final NetworkInterfaceService interfaces;
    private final TagService tags;

    InstanceCandidates(InstanceRepository instances, NetworkInterfaceService interfaces, TagService tags) {
        this.instances = instances;
        this.interfaces = interfaces;
        this.tags = tags;
    }

    /** @return the ids that can match all filters, or null when no filter narrows */
    Set<String> narrow(Scope scope, List<Filter> filters) {
        Set<String> candidates = null;
        for (Filter filter : filters) {
            if (filter.name() == null || filter.values().isEmpty() || filter.values().stream().anyMatch(InstanceCandidates::hasWildcard)) {
                continue;
            }
            List<String> matching = lookup(scope, filter);
            if (matching != null) {
                if (candidates == null) {
                    candidates = new HashSet<>(matching);
                } else {
                    candidates.retainAll(matching);
                }
            }
        }
        return candidates;
    }

    private List<String> lookup(Scope scope, Filter filter) {
        List<String> values = filter.values();
        if (filter.name().startsWith("tag:")) {
            return tags.resourcesWithTag(scope, filter.name().substring(4), values);
        }
        return switch (filter.name()) {
            case "instance-id" -> values;
            case "subnet-id" -> instances.idsInSubnets(scope.account(), scope.region(), values.toArray(String[]::new));
            case "vpc-id" -> instances.idsInVpcs(scope.account(), scope.region(), values.toArray(String[]::new));
            case "private-ip-address" -> interfaces.instancesWithPrimaryPrivateIp(scope, values);
            default -> null;
        };
    }

    private static boolean hasWildcard(String value) {
        return value.indexOf('*') >= 0 || value.indexOf('?') >= 0 || value.indexOf('\\') >= 0;
    }
}
