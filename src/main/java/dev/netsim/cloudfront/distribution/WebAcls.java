package dev.netsim.cloudfront.distribution;

import java.util.regex.Pattern;

import dev.netsim.common.AwsException;

/** The AWS WAF v2 web ACLs CloudFront takes: those of the global (CloudFront) scope, which live in us-east-1. */
public final class WebAcls {

    private static final Pattern GLOBAL_WEB_ACL = Pattern.compile("arn:aws:wafv2:us-east-1:\\d{12}:global/webacl/[\\w-]{1,128}/[0-9a-f-]{36}");

    private WebAcls() {
    }

    /** Refuses an ARN that is not a global-scope web ACL's; null (no web ACL) passes. */
    public static void check(String webAclArn) {
        if (webAclArn != null && !GLOBAL_WEB_ACL.matcher(webAclArn).matches()) {
            throw new AwsException("InvalidArgument", "The web ACL ARN " + webAclArn + " is not that of an AWS WAF web ACL of the CLOUDFRONT "
                    + "scope (arn:aws:wafv2:us-east-1:<account>:global/webacl/<name>/<id>).");
        }
    }
}
