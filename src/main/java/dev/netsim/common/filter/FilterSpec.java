package dev.netsim.common.filter;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The filters one resource type supports: each name maps to the values of a resource that the
 * filter compares against. Tag filters ({@code tag:<key>}, {@code tag-key}, {@code tag-value})
 * come from the resource's tags and need no declaration.
 */
public final class FilterSpec<T> {

    private final Map<String, Function<T, Collection<String>>> extractors;
    private final Function<T, Map<String, String>> tags;

    private FilterSpec(Map<String, Function<T, Collection<String>>> extractors, Function<T, Map<String, String>> tags) {
        this.extractors = Map.copyOf(extractors);
        this.tags = tags;
    }

    public static <T> Builder<T> builder(Function<T, Map<String, String>> tags) {
        return new Builder<>(tags);
    }

    /** The values of {@code resource} the filter {@code name} looks at, or null if the name is unknown. */
    Collection<String> valuesOf(String name, T resource) {
        if (name.startsWith("tag:")) {
            String value = tags.apply(resource).get(name.substring(4));
            return value == null ? List.of() : List.of(value);
        }
        if (name.equals("tag-key")) {
            return tags.apply(resource).keySet();
        }
        if (name.equals("tag-value")) {
            return tags.apply(resource).values();
        }
        Function<T, Collection<String>> extractor = extractors.get(name);
        return extractor == null ? null : extractor.apply(resource);
    }

    boolean supports(String name) {
        return name.startsWith("tag:") || name.equals("tag-key") || name.equals("tag-value") || extractors.containsKey(name);
    }

    public static final class Builder<T> {
        private final Function<T, Map<String, String>> tags;
        private final Map<String, Function<T, Collection<String>>> extractors = new LinkedHashMap<>();

        private Builder(Function<T, Map<String, String>> tags) {
            this.tags = tags;
        }

        /** A filter on one scalar; null values never match. */
        public Builder<T> on(String name, Function<T, ?> value) {
            extractors.put(name, r -> {
                Object v = value.apply(r);
                return v == null ? List.of() : List.of(String.valueOf(v));
            });
            return this;
        }

        /** A filter on a multi-valued attribute: matches when any of its values matches. */
        public Builder<T> onEach(String name, Function<T, Collection<?>> values) {
            extractors.put(name, r -> values.apply(r).stream().filter(Objects::nonNull).map(String::valueOf).toList());
            return this;
        }

        public FilterSpec<T> build() {
            return new FilterSpec<>(extractors, tags);
        }
    }
}
