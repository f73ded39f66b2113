package dev.netsim.ec2;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.netsim.common.AwsException;
import dev.netsim.common.filter.Filter;
import dev.netsim.common.filter.FilterEngine;
import dev.netsim.common.filter.FilterSpec;
import dev.netsim.common.paging.Page;
import dev.netsim.common.paging.Pager;
import dev.netsim.ec2.tag.Tagged;

/**
 * The arguments every EC2 Describe call shares (ids, filters, MaxResults, NextToken) and how
 * they apply: unknown ids fail the whole call, filters narrow, and the result is paged by id.
 */
public record DescribeQuery(List<String> ids, List<Filter> filters, Integer maxResults, String nextToken) {

    public DescribeQuery {
        ids = ids == null ? List.of() : List.copyOf(ids);
        filters = filters == null ? List.of() : List.copyOf(filters);
    }

    public static DescribeQuery all() {
        return new DescribeQuery(List.of(), List.of(), null, null);
    }

    /**
     * The kind of resource described: id prefix, the code prefix of its Malformed error and its
     * NotFound code (they differ for some types: {@code InvalidGroupId.Malformed},
     * {@code InvalidGroup.NotFound}, {@code NatGatewayNotFound}),
     * the noun used in messages, and the MaxResults bounds.
     */
    public record Kind(String idPrefix, String malformedCode, String notFoundCode, String noun, int minResults, int maxResults) {
    }

    /**
     * @param all every resource of the scope, sorted by id
     */
    public <T> Page<Tagged<T>> apply(Kind kind, List<Tagged<T>> all, Function<T, String> idOf, FilterSpec<Tagged<T>> spec) {
        if (maxResults != null && (maxResults < kind.minResults() || maxResults > kind.maxResults())) {
            throw Ec2Errors.invalidValue("MaxResults", String.valueOf(maxResults),
                    "Value must be between " + kind.minResults() + " and " + kind.maxResults() + ".");
        }
        if (maxResults != null && !ids.isEmpty()) {
            throw new AwsException("InvalidParameterCombination",
                    "The parameter " + kind.noun() + "Ids cannot be used with the parameter maxResults");
        }
        List<Tagged<T>> selected = all;
        if (!ids.isEmpty()) {
            ids.forEach(id -> Ec2Ids.requireWellFormed(id, kind.idPrefix(), kind.malformedCode()));
            Set<String> known = all.stream().map(t -> idOf.apply(t.resource())).collect(Collectors.toSet());
            List<String> missing = ids.stream().filter(id -> !known.contains(id)).distinct().toList();
            if (missing.size() == 1) {
                throw new AwsException(kind.notFoundCode(), "The " + kind.noun() + " ID '" + missing.get(0) + "' does not exist");
            }
            if (!missing.isEmpty()) {
                throw new AwsException(kind.notFoundCode(),
                        "The " + kind.noun() + " IDs '" + String.join(", ", missing) + "' do not exist");
            }
            Set<String> wanted = Set.copyOf(ids);
            selected = all.stream().filter(t -> wanted.contains(idOf.apply(t.resource()))).toList();
        }
        List<Tagged<T>> filtered = FilterEngine.apply(filters, spec, selected);
        return Pager.page(filtered, t -> idOf.apply(t.resource()), maxResults, nextToken, "InvalidNextToken");
    }
}
