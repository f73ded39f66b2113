package dev.netsim.cloudfront.resource;

import java.util.List;

/**
 * One kind of CloudFront resource that is a config document with an id and an ETag, and the six
 * operations that serve it: create, get (the resource), get its config, update and delete (both
 * with If-Match), and list ({@code getConfig} is null for a kind without that operation).
 * {@code uniqueMember} is the config member the kind keeps unique per account ({@code Name}, or
 * {@code CallerReference}, whose repetition with the same config returns the first resource), null
 * when none is.
 */
public record ConfigKind(String name, String configShape, String uri, IdStyle ids, String uniqueMember, int limit,
                         String create, String get, String getConfig, String update, String delete, String list,
                         String notFound, String alreadyExists, String tooMany, String inUse) {

    /** How AWS forms the kind's ids. */
    public enum IdStyle {
        /** {@code 658327ea-f89d-4fab-a63d-7e88639e58f6} */
        UUID,
        /** {@code E74FTE3EXAMPLE} style: a letter and 13 upper-case letters and digits */
        E,
        /** public keys: {@code K2JCJMDEHXQW5F} */
        K,
        /** VPC origins: {@code vo_} and 22 letters and digits */
        VPC_ORIGIN
    }

    public List<String> operations() {
        return java.util.stream.Stream.of(create, get, getConfig, update, delete, list).filter(java.util.Objects::nonNull).toList();
    }

    public boolean uniqueByCallerReference() {
        return "CallerReference".equals(uniqueMember);
    }
}
