package dev.netsim.cloudfront.resource;

import org.springframework.stereotype.Component;

import dev.netsim.common.IdGenerator;

/** Ids, ETags and domain names as CloudFront forms them. */
@Component
public class CloudFrontIds {

    private final IdGenerator ids;

    CloudFrontIds(IdGenerator ids) {
        this.ids = ids;
    }

    /** {@code E2QWRUHAPOMQZL}: a new one for every version of a resource. */
    public String etag() {
        return ids.upperAlnum("E", 13);
    }

    /** {@code EDFDVBD632BHDS} for distributions, origin access controls and identities. */
    public String eId() {
        return ids.upperAlnum("E", 13);
    }

    /** {@code I2J0I21PCUYOIK} for invalidations. */
    public String invalidationId() {
        return ids.upperAlnum("I", 13);
    }

    /** {@code d111111abcdef8.cloudfront.net} */
    public String distributionDomain() {
        return "d" + ids.lowerAlnum(13) + ".cloudfront.net";
    }

    String resourceId(ConfigKind.IdStyle style) {
        return switch (style) {
            case UUID -> ids.uuid();
            case E -> eId();
            case K -> ids.upperAlnum("K", 13);
            case VPC_ORIGIN -> "vo_" + ids.upperAlnum("", 22);
        };
    }
}
