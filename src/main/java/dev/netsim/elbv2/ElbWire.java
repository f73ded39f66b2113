package dev.netsim.elbv2;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;

/** Translations every ELBv2 wire handler shares. */
public final class ElbWire {

    private ElbWire() {
    }

    /** A Modify…Attributes request's key-value pairs in the caller's order. */
    public static <T> Map<String, String> changes(List<T> attributes, Function<T, String> key, Function<T, String> value) {
        Map<String, String> result = new LinkedHashMap<>();
        attributes.forEach(a -> result.put(key.apply(a), value.apply(a)));
        return result;
    }

    /** Attributes as one of the SDK's attribute shapes, built by {@code attribute(key, value)}. */
    public static <T> List<T> attributes(Map<String, String> attributes, BiFunction<String, String, T> attribute) {
        return attributes.entrySet().stream().map(e -> attribute.apply(e.getKey(), e.getValue())).toList();
    }

    /** A request's tags in the caller's order. */
    public static Map<String, String> tags(List<Tag> tags) {
        return changes(tags, Tag::key, Tag::value);
    }
}
