package dev.netsim.elbv2;

import dev.netsim.common.AwsException;

/** The error shapes ELBv2 answers with, so each service words them the same way. */
public final class ElbErrors {

    private ElbErrors() {
    }

    public static AwsException validation(String message) {
        return new AwsException("ValidationError", message);
    }

    /** AWS's constraint wording: {@code 1 validation error detected: Value 'x' at 'port' failed to satisfy constraint: …}. */
    public static AwsException invalid(String field, Object value, String constraint) {
        return validation("1 validation error detected: Value '" + value + "' at '" + field + "' failed to satisfy constraint: " + constraint);
    }

    public static AwsException missing(String field) {
        return validation("1 validation error detected: Value null at '" + field + "' failed to satisfy constraint: Member must not be null");
    }

    public static AwsException configuration(String message) {
        return new AwsException("InvalidConfigurationRequest", message);
    }

    public static int inRange(Integer value, int fallback, int min, int max, String field) {
        int v = value == null ? fallback : value;
        if (v < min || v > max) {
            throw invalid(field, v, "Member must have value between " + min + " and " + max);
        }
        return v;
    }

    /** ELBv2 ARNs are checked for their shape before they are looked up: a malformed one is a ValidationError. */
    public static void requireArn(String arn, String kind, String field) {
        if (arn == null || arn.isEmpty()) {
            throw missing(field);
        }
        if (!arn.startsWith("arn:aws:elasticloadbalancing:") || !arn.contains(":" + kind + "/")) {
            throw validation("'" + arn + "' is not a valid " + kind.replace('-', ' ') + " ARN");
        }
    }
}
