package dev.netsim.simulation.cdn;

import java.util.Locale;
import java.util.Set;

/**
 * What goes into a cache key besides the host and path: headers, cookies and query strings, each
 * none, some (a whitelist), all but some, or all; and whether the viewer's Accept-Encoding counts,
 * normalized to gzip or br. {@code forwardsAllHeaders} is the legacy setting that turns caching off.
 */
public record CacheKeyPolicy(Selection headers, Selection cookies, Selection queryStrings, boolean gzip, boolean brotli, boolean forwardsAllHeaders) {

    public static final CacheKeyPolicy NOTHING = new CacheKeyPolicy(Selection.NONE, Selection.NONE, Selection.NONE, false, false, false);

    /** Which names of one kind a key includes. Header names compare case-insensitively, cookies and query strings exactly. */
    public record Selection(Mode mode, Set<String> names) {

        public static final Selection NONE = new Selection(Mode.NONE, Set.of());
        public static final Selection ALL = new Selection(Mode.ALL, Set.of());

        public Selection {
            names = Set.copyOf(names);
        }

        public static Selection headers(Mode mode, Set<String> names) {
            return new Selection(mode, names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet()));
        }

        public boolean includes(String name) {
            return switch (mode) {
                case NONE -> false;
                case WHITELIST -> names.contains(name);
                case ALL_EXCEPT -> !names.contains(name);
                case ALL -> true;
            };
        }
    }

    /** CloudFront's behaviours: none, whitelist, allExcept, all. */
    public enum Mode { NONE, WHITELIST, ALL_EXCEPT, ALL }
}
