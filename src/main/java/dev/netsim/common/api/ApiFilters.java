package dev.netsim.common.api;

import java.util.Arrays;
import java.util.List;

import dev.netsim.common.AwsException;
import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;

/** JSON list filters: {@code filter=name=value1,value2}, repeatable, the same names as the AWS filters. */
public final class ApiFilters {

    private ApiFilters() {
    }

    public static List<Filter> parse(List<String> filters) {
        if (filters == null) {
            return List.of();
        }
        return FilterEngine.withinLimits(filters.stream().map(ApiFilters::parseOne).toList());
    }

    private static Filter parseOne(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new AwsException("InvalidParameterValue", "The filter '" + text + "' must look like name=value1,value2");
        }
        return new Filter(text.substring(0, eq), Arrays.asList(text.substring(eq + 1).split(",", -1)));
    }
}
