package dev.netsim.common.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import dev.netsim.common.AwsException;

/**
 * Token paging over a list sorted by a unique key. The token is the opaque (base64) key of the
 * last item returned, so a page stays correct when items are added or removed between calls.
 */
public final class Pager {

    private Pager() {
    }

    /**
     * @param maxResults null means "everything" (what a plain describe call expects); callers check
     *                   their service's bounds first, so it is at least 1
     * @param invalidTokenCode the service's error code for a token it did not issue
     */
    public static <T> Page<T> page(List<T> sortedItems, Function<T, String> key, Integer maxResults, String token,
                                   String invalidTokenCode) {
        int start = 0;
        if (token != null && !token.isEmpty()) {
            String after = decode(token, invalidTokenCode);
            start = sortedItems.size();
            for (int i = 0; i < sortedItems.size(); i++) {
                if (key.apply(sortedItems.get(i)).compareTo(after) > 0) {
                    start = i;
                    break;
                }
            }
        }
        int end = maxResults == null ? sortedItems.size() : Math.min(sortedItems.size(), start + maxResults);
        List<T> items = sortedItems.subList(start, end);
        String next = end < sortedItems.size() ? encode(key.apply(sortedItems.get(end - 1))) : null;
        return new Page<>(List.copyOf(items), next);
    }

    /** The key a token of this pager stands for: items after it come next. */
    public static String keyOf(String token, String invalidTokenCode) {
        return decode(token, invalidTokenCode);
    }

    /** The token that continues after the item with this key. */
    public static String tokenAfter(String key) {
        return encode(key);
    }

    private static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("netsim:" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String token, String invalidTokenCode) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (raw.startsWith("netsim:")) {
                return raw.substring(7);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the AWS error below
        }
        throw new AwsException(invalidTokenCode, "The token '" + token + "' is invalid.");
    }
}
