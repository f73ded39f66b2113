package dev.netsim.elbv2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;

/** Translations every ELBv2 wire handler shares. */
public final class ElbWire {

    private ElbWire() {
    }

    /** A request's tags in the caller's order. */
    public static Map<String, String> tags(List<Tag> tags) {
        Map<String, String> result = new LinkedHashMap<>();
        tags.forEach(t -> result.put(t.key(), t.value()));
        return result;
    }
}
