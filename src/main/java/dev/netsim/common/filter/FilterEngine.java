package dev.netsim.common.filter;

import java.util.Collection;
import java.util.List;

import dev.netsim.common.AwsException;
import dev.netsim.simulation.text.WildcardPattern;

/**
 * Applies Describe filters the way EC2 does: filters are AND-ed, the values of one filter are
 * OR-ed, values may hold the wildcards {@code *} and {@code ?}, and an unknown filter name is an
 * {@code InvalidParameterValue} error, never ignored.
 */
public final class FilterEngine {

    /** AWS's limit on the values of all filters of one call. */
    static final int MAX_VALUES_PER_CALL = 200;
    /** Longer than any name, id, address or description a filter can match. */
    static final int MAX_VALUE_LENGTH = 1024;

    private FilterEngine() {
    }

    /**
     * The filters of a call, once checked against AWS's limits: at most 200 values in all
     * ({@code FilterLimitExceeded}), none longer than {@value #MAX_VALUE_LENGTH} characters.
     */
    public static List<Filter> withinLimits(List<Filter> filters) {
        int values = filters.stream().mapToInt(f -> f.values().size()).sum();
        if (values > MAX_VALUES_PER_CALL) {
            throw new AwsException("FilterLimitExceeded", "The maximum number of filter values specified on a single call is "
                    + MAX_VALUES_PER_CALL + ", but " + values + " were given.");
        }
        for (Filter filter : filters) {
            for (String value : filter.values()) {
                if (value != null && value.length() > MAX_VALUE_LENGTH) {
                    throw new AwsException("InvalidParameterValue", "A value of the filter '" + filter.name() + "' is "
                            + value.length() + " characters long; filter values are at most " + MAX_VALUE_LENGTH + ".");
                }
            }
        }
        return filters;
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
        return new CompiledFilter(name, filter.values().stream().map(v -> WildcardPattern.of(v == null ? "" : v)).toList());
    }

    private record CompiledFilter(String name, List<WildcardPattern> patterns) {
        boolean matches(Collection<String> values) {
            return values.stream().anyMatch(v -> v != null && patterns.stream().anyMatch(p -> p.matches(v)));
        }
    }
}
