package dev.netsim.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import software.amazon.awssdk.awscore.exception.AwsServiceException;

/** Asserts the AWS error code and HTTP status a call fails with, as a user of the SDK sees them. */
public final class AwsErrors {

    private AwsErrors() {
    }

    public static AwsServiceException assertAwsError(ThrowingCallable call, String code, int status) {
        AwsServiceException e = catchThrowableOfType(AwsServiceException.class, call);
        assertThat(e).as("expected AWS error " + code).isNotNull();
        assertThat(e.awsErrorDetails().errorCode()).isEqualTo(code);
        assertThat(e.statusCode()).isEqualTo(status);
        return e;
    }
}
