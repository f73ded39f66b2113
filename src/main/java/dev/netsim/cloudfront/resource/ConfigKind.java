package dev.netsim.cloudfront.resource;

import java.util.List;

/**
 * One kind of CloudFront resource that is a config document with an id and an ETag, and the six
 * operations that serve it: create, get (the resource), get its config, update and delete (both
 * with If-Match), and list. {@code uniqueMember} is the config member the kind keeps unique per
 * account ({@code Name}, or {@code CallerReference}, whose repetition with the same config returns
 * the first resource), null when none is.
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
        K
    }

    public List<String> operations() {
        return List.of(create, get, getConfig, update, delete, list);
    }

    public boolean uniqueByCallerReference() {
        return "CallerReference".equals(uniqueMember);
    }
}
