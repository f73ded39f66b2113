package dev.netsim.cloudfront.policy;

import java.util.List;
import java.util.Set;

import dev.netsim.common.AwsException;

/** The headers, cookies or query strings a policy names: a list exactly when its behaviour takes one, and not too many. */
final class KeyValues {

    /** Behaviours that name the values they take or leave out. */
    private static final Set<String> LISTING = Set.of("whitelist", "allExcept", "allViewerAndWhitelistCloudFront");

    private KeyValues() {
    }

    static void check(String tooManyCode, String what, String behavior, List<String> items, int limit) {
        int count = items == null ? 0 : items.size();
        if (LISTING.contains(behavior) && count == 0) {
            throw new AwsException("InvalidArgument", "The " + what + " behaviour " + behavior + " needs a list of " + what + ".");
        }
        if (!LISTING.contains(behavior) && count > 0) {
            throw new AwsException("InvalidArgument", "The " + what + " behaviour " + behavior + " takes no list of " + what + ".");
        }
        if (count > limit) {
            throw new AwsException(tooManyCode, "A policy can name at most " + limit + " " + what + ", not " + count + ".");
        }
    }
}
