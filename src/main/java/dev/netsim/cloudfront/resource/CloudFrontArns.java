package dev.netsim.cloudfront.resource;

/** CloudFront's ARNs: {@code arn:aws:cloudfront::<account>:<type>/<id>} (global, so no Region). */
public final class CloudFrontArns {

    public static final String PREFIX = "arn:aws:cloudfront::";
    /** The resource type in a VPC origin's ARN (no hyphen, unlike its URI's). */
    public static final String VPC_ORIGIN = "vpcorigin";

    private CloudFrontArns() {
    }

    public static String of(String account, String type, String id) {
        return PREFIX + account + ":" + type + "/" + id;
    }

    /**
     * What an Identifier that may be an id, a name or an ARN names: the id when it is an ARN of this
     * account and type, the identifier itself otherwise ("" for none).
     */
    public static String idOrSelf(String identifier, String account, String type) {
        String byArn = idIn(identifier, account, type);
        return byArn != null ? byArn : identifier == null ? "" : identifier;
    }

    /** The id an ARN of this account and resource type names, or null when it is no such ARN. */
    public static String idIn(String arn, String account, String type) {
        String prefix = PREFIX + account + ":" + type + "/";
        return arn != null && arn.startsWith(prefix) && arn.length() > prefix.length() ? arn.substring(prefix.length()) : null;
    }
}
