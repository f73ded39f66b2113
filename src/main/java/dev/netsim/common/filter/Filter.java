package dev.netsim.common.filter;

import java.util.List;

/** One Describe filter as AWS defines it: a name and values that are OR-ed together. */
public record Filter(String name, List<String> values) {

    public Filter {
        values = values == null ? List.of() : List.copyOf(values);
    }
}
