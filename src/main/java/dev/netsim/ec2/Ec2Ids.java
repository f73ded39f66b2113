package dev.netsim.ec2;

import java.util.regex.Pattern;

/** Checks the shape of EC2 ids: a prefix and 8 (old style) or 17 lowercase hex digits. */
public final class Ec2Ids {

    private static final Pattern HEX_SUFFIX = Pattern.compile("[0-9a-f]{8}|[0-9a-f]{17}");

    private Ec2Ids() {
    }

    /** @throws dev.netsim.common.AwsException {@code <codePrefix>.Malformed} unless {@code id} is a well-formed {@code prefix-…} id */
    public static String requireWellFormed(String id, String prefix, String codePrefix) {
        if (id == null || !id.startsWith(prefix + "-") || !HEX_SUFFIX.matcher(id.substring(prefix.length() + 1)).matches()) {
            throw Ec2Errors.malformed(codePrefix, id);
        }
        return id;
    }
}
