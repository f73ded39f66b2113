package dev.netsim.cloudfront.resource;

import dev.netsim.common.AwsException;

/** CloudFront's MaxItems: a string on the wire, 100 when absent, 1 to 1000 otherwise ({@code InvalidArgument}). */
public final class PageSizes {

    private PageSizes() {
    }

    /** The newer operations' MaxItems, an integer on the wire. */
    public static int maxItems(Integer maxItems) {
        return maxItems(maxItems == null ? null : maxItems.toString());
    }

    public static int maxItems(String maxItems) {
        if (maxItems == null || maxItems.isEmpty()) {
            return 100;
        }
        try {
            int max = Integer.parseInt(maxItems.trim());
            if (max >= 1 && max <= 1000) {
                return max;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new AwsException("InvalidArgument", "MaxItems must be a number from 1 to 1000, not " + maxItems + ".");
    }
}
