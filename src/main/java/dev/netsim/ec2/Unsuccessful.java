package dev.netsim.ec2;

import dev.netsim.common.AwsException;

/** One resource or id a batch call (DeleteFlowLogs, DeleteVpcEndpoints, …) could not handle, with the AWS error for it. */
public record Unsuccessful(String resourceId, String code, String message) {

    public static Unsuccessful of(String resourceId, AwsException error) {
        return new Unsuccessful(resourceId, error.code(), error.getMessage());
    }
}
