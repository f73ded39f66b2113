package dev.netsim.elbv2;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import dev.netsim.common.AwsException;

/**
 * A Modify…Attributes call on load balancers, target groups or listeners: every key must be one the
 * resource has and every value pass its check, or nothing changes. {@code kind} words the errors
 * ("Load balancer attribute key 'x' is not recognized").
 */
public final class AttributeChanges {

    private AttributeChanges() {
    }

    public static Map<String, String> apply(String kind, Map<String, String> current, Map<String, String> changes,
                                            BiConsumer<String, String> check) {
        if (changes.isEmpty()) {
            throw ElbErrors.missing("attributes");
        }
        Map<String, String> result = new LinkedHashMap<>(current);
        changes.forEach((key, value) -> {
            if (!current.containsKey(key)) {
                throw ElbErrors.validation(kind + " attribute key '" + key + "' is not recognized");
            }
            if (value == null) {
                throw ElbErrors.validation(kind + " attribute value for '" + key + "' must not be null");
            }
            if (key.endsWith(".enabled")) {
                oneOf(kind, key, value, Set.of("true", "false"));
            }
            check.accept(key, value);
            result.put(key, value);
        });
        return result;
    }

    public static int number(String kind, String key, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw bad(kind, key, value, "an integer between " + min + " and " + max);
    }

    public static void oneOf(String kind, String key, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw bad(kind, key, value, "one of " + allowed);
        }
    }

    public static AwsException bad(String kind, String key, String value, String expected) {
        return ElbErrors.validation(kind + " attribute value '" + value + "' for '" + key + "' must be " + expected);
    }
}
