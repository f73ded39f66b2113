package dev.netsim.protocol;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.netsim.common.AwsException;
import dev.netsim.common.Regions;
import dev.netsim.common.Scope;

/**
 * What the SigV4 credential scope says about a request: access key, region and service. The
 * signature itself is not checked; a request without one is welcome (curl) and gets the defaults.
 */
public record SigV4Scope(String accessKeyId, String region, String service) {

    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([^/,\\s]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request");
    private static final Pattern ACCOUNT_ID = Pattern.compile("\\d{12}");

    private static final SigV4Scope UNSIGNED = new SigV4Scope(null, null, null);

    /** Parses an {@code Authorization} header, or a presigned URL's {@code X-Amz-Credential}. */
    public static SigV4Scope parse(String authorization, String presignedCredential) {
        if (authorization != null) {
            Matcher m = CREDENTIAL.matcher(authorization);
            if (m.find()) {
                return new SigV4Scope(m.group(1), m.group(3), m.group(4));
            }
        }
        if (presignedCredential != null) {
            Matcher m = CREDENTIAL.matcher("Credential=" + presignedCredential);
            if (m.find()) {
                return new SigV4Scope(m.group(1), m.group(3), m.group(4));
            }
        }
        return UNSIGNED;
    }

    /** A 12-digit access key id is the account (DESIGN.md); any other key acts in the default account. */
    public String account() {
        return accessKeyId != null && ACCOUNT_ID.matcher(accessKeyId).matches() ? accessKeyId : Scope.DEFAULT_ACCOUNT;
    }

    /**
     * @throws AwsException for a region AWS does not have, as AWS answers a request signed for one:
     *                      EC2 {@code AuthFailure} (401), awsQuery services {@code SignatureDoesNotMatch} (403)
     */
    public Scope regionalScope(WireService service) {
        if (region != null && !Regions.isKnown(region)) {
            String message = "Credential should be scoped to a valid region, not '" + region + "'.";
            throw service == WireService.EC2 ? new AwsException("AuthFailure", message, 401)
                    : new AwsException("SignatureDoesNotMatch", message, 403);
        }
        return claimedScope();
    }

    /** The account and region the request claims, checked or not: what the request log shows. */
    public Scope claimedScope() {
        return new Scope(account(), region == null ? Scope.DEFAULT_REGION : region);
    }

    /** Route 53 and CloudFront are global: the scope's region (often {@code aws-global}) is ignored. */
    public Scope globalScope() {
        return new Scope(account(), Scope.GLOBAL_REGION);
    }
}
