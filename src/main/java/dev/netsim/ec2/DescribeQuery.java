package dev.netsim.ec2;

import java.util.ArrayList;
import java.util.Collection;
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

    private static final int SMALL_CANDIDATE_SET = 500;

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

        /**
         * The resource a call names by id in {@code parameter}: a missing id, a malformed one and one
         * {@code lookup} does not find give this kind's errors.
         */
        public <T> T require(String parameter, String id, Function<String, java.util.Optional<T>> lookup) {
            if (id == null || id.isEmpty()) {
                throw Ec2Errors.missing(parameter);
            }
            Ec2Ids.requireWellFormed(id, idPrefix, malformedCode);
            return lookup.apply(id).orElseThrow(() -> new AwsException(notFoundCode, "The " + noun + " ID '" + id + "' does not exist"));
        }
    }

    /**
     * @param all every resource of the scope, sorted by id
     */
    public <T> Page<Tagged<T>> apply(Kind kind, List<Tagged<T>> all, Function<T, String> idOf, FilterSpec<Tagged<T>> spec) {
        requireValidPaging(kind);
        List<Tagged<T>> selected = all;
        if (!ids.isEmpty()) {
            requireKnownIds(kind, all.stream().map(t -> idOf.apply(t.resource())).collect(Collectors.toSet()));
            Set<String> wanted = Set.copyOf(ids);
            selected = all.stream().filter(t -> wanted.contains(idOf.apply(t.resource()))).toList();
        }
        List<Tagged<T>> filtered = FilterEngine.apply(filters, spec, selected);
        return Pager.page(filtered, t -> idOf.apply(t.resource()), maxResults, nextToken, "InvalidNextToken");
    }

    private static final int MAX_CHUNK = 1000;

    /** Where {@link #applyInChunks} reads ids: all visible ones in order, or the visible ones among some, in order. */
    public interface IdSource {
        List<String> all();

        List<String> among(Collection<String> ids);
    }

    /**
     * The same answer as {@link #apply} for collections too large to load whole: {@code candidates}
     * (null for all) are the ids that indexed lookups left for the filters; resources are loaded in
     * id order, a chunk at a time, only until the page is full.
     */
    public <T> Page<Tagged<T>> applyInChunks(Kind kind, IdSource source, Set<String> candidates,
                                             Function<List<String>, List<Tagged<T>>> load, Function<T, String> idOf,
                                             FilterSpec<Tagged<T>> spec) {
        requireValidPaging(kind);
        FilterEngine.apply(filters, spec, List.of()); // refuses unknown filter names even when nothing is left to filter
        Set<String> narrowed = candidates;
        if (!ids.isEmpty()) {
            requireKnownIds(kind, Set.copyOf(source.among(ids)));
            narrowed = new java.util.HashSet<>(ids);
            if (candidates != null) {
                narrowed.retainAll(candidates);
            }
        }
        Set<String> wanted = narrowed;
        // a few candidates are checked for visibility at once; many are sorted here and checked a chunk
        // at a time, so a page reads no more ids than it needs
        boolean manyCandidates = wanted != null && wanted.size() > SMALL_CANDIDATE_SET;
        List<String> pool = wanted == null ? source.all() : manyCandidates ? wanted.stream().sorted().toList() : source.among(wanted);
        String after = nextToken == null || nextToken.isEmpty() ? null : Pager.keyOf(nextToken, "InvalidNextToken");
        List<String> pending = after == null ? pool : pool.stream().filter(id -> id.compareTo(after) > 0).toList();
        List<Tagged<T>> matched = new ArrayList<>();
        // without a page size everything that matches is answered, so there is nothing to stop early for:
        // the largest chunk from the start (bounded, for the database's parameter limits)
        int chunk = maxResults == null ? MAX_CHUNK : maxResults + 1;
        for (int start = 0; start < pending.size() && (maxResults == null || matched.size() <= maxResults); start += chunk, chunk = Math.min(chunk * 2, MAX_CHUNK)) {
            List<String> chunkIds = pending.subList(start, Math.min(pending.size(), start + chunk));
            matched.addAll(FilterEngine.apply(filters, spec, load.apply(manyCandidates ? source.among(chunkIds) : chunkIds)));
        }
        if (maxResults == null || matched.size() <= maxResults) {
            return new Page<>(List.copyOf(matched), null);
        }
        List<Tagged<T>> page = List.copyOf(matched.subList(0, maxResults));
        return new Page<>(page, Pager.tokenAfter(idOf.apply(page.get(page.size() - 1).resource())));
    }

    private void requireValidPaging(Kind kind) {
        if (maxResults != null && (maxResults < kind.minResults() || maxResults > kind.maxResults())) {
            throw Ec2Errors.invalidValue("MaxResults", String.valueOf(maxResults),
                    "Value must be between " + kind.minResults() + " and " + kind.maxResults() + ".");
        }
        if (maxResults != null && !ids.isEmpty()) {
            throw new AwsException("InvalidParameterCombination",
                    "The parameter " + kind.noun() + "Ids cannot be used with the parameter maxResults");
        }
    }

    /** Every id asked for must be well formed and known: one unknown id fails the whole call. */
    private void requireKnownIds(Kind kind, Set<String> known) {
        ids.forEach(id -> Ec2Ids.requireWellFormed(id, kind.idPrefix(), kind.malformedCode()));
        List<String> missing = ids.stream().filter(id -> !known.contains(id)).distinct().toList();
        if (missing.size() == 1) {
            throw new AwsException(kind.notFoundCode(), "The " + kind.noun() + " ID '" + missing.get(0) + "' does not exist");
        }
        if (!missing.isEmpty()) {
            throw new AwsException(kind.notFoundCode(), "The " + kind.noun() + " IDs '" + String.join(", ", missing) + "' do not exist");
        }
    }
}
