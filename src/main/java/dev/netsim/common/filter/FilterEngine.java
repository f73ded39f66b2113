package dev.netsim.common.filter;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import dev.netsim.common.AwsException;

/**
 * Applies Describe filters the way EC2 does: filters are AND-ed, the values of one filter are
 * OR-ed, values may hold the wildcards {@code *} and {@code ?}, and an unknown filter name is an
 * {@code InvalidParameterValue} error, never ignored.
 */
public final class FilterEngine {

    private FilterEngine() {
    }

    public static <T> List<T> apply(List<Filter> filters, FilterSpec<T> spec, List<T> resources) {
        if (filters == null || filters.isEmpty()) {
            return resources;
        }
        List<CompiledFilter> compiled = filters.stream().map(f -> compile(f, spec)).toList();
        return resources.stream().filter(r -> compiled.stream().allMatch(c -> c.matches(spec.valuesOf(c.name(), r)))).toList();
    }

    private static CompiledFilter compile(Filter filter, FilterSpec<?> spec) {
        String name = filter.name();
        if (name == null || name.isBlank()) {
            throw new AwsException("InvalidParameterValue", "The filter name must not be empty.");
        }
        if (!spec.supports(name)) {
            throw new AwsException("InvalidParameterValue", "The filter '" + name + "' is invalid");
        }
        if (filter.values().isEmpty()) {
            throw new AwsException("InvalidParameterValue", "The filter '" + name + "' must have at least one value");
        }
        return new CompiledFilter(name, filter.values().stream().map(FilterEngine::wildcard).toList());
    }

    /** AWS filter wildcards: {@code *} any run of characters, {@code ?} exactly one; {@code \} escapes. */
    static Pattern wildcard(String value) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                regex.append(Pattern.quote(String.valueOf(value.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private record CompiledFilter(String name, List<Pattern> patterns) {
        boolean matches(Collection<String> values) {
            return values.stream().anyMatch(v -> patterns.stream().anyMatch(p -> p.matcher(v).matches()));
        }
    }
}
