package dev.netsim.route53.zone;

import dev.netsim.common.AwsException;

/** Route 53's page sizes (MaxItems, MaxResults): strings on the wire, positive, capped per operation. */
public final class PageSize {

    private PageSize() {
    }

    /** @throws AwsException InvalidInput for text that is no positive number */
    public static int of(String text, int fallback, int max) {
        if (text == null) {
            return fallback;
        }
        int size;
        try {
            size = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new AwsException("InvalidInput", "Invalid value for maxitems: " + text);
        }
        if (size < 1) {
            throw new AwsException("InvalidInput", "maxitems must be a positive number.");
        }
        return Math.min(max, size);
    }
}
