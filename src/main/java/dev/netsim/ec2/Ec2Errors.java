package dev.netsim.ec2;

import dev.netsim.common.AwsException;

/** The EC2 error codes Netsim raises, with AWS's usual wording. */
public final class Ec2Errors {

    private Ec2Errors() {
    }

    /** {@code notFound("InvalidVpcID", "vpc", id)} → InvalidVpcID.NotFound "The vpc ID 'vpc-…' does not exist". */
    public static AwsException notFound(String codePrefix, String noun, String id) {
        return new AwsException(codePrefix + ".NotFound", "The " + noun + " ID '" + id + "' does not exist");
    }

    public static AwsException malformed(String codePrefix, String id) {
        return new AwsException(codePrefix + ".Malformed", "Invalid id: \"" + id + "\"");
    }

    public static AwsException invalidValue(String parameter, String value, String why) {
        return new AwsException("InvalidParameterValue",
                "Value (" + value + ") for parameter " + parameter + " is invalid. " + why);
    }

    public static AwsException missing(String parameter) {
        return new AwsException("MissingParameter", "The request must contain the parameter " + parameter);
    }

    public static AwsException dependencyViolation(String noun, String id, String dependants) {
        return new AwsException("DependencyViolation",
                "The " + noun + " '" + id + "' has dependencies and cannot be deleted: " + dependants + ".");
    }
}
