package dev.netsim.common;

/**
 * An AWS error: the wire code clients map to typed exceptions, a human message and the HTTP status.
 * Every front door renders it in its own envelope; rules throw it from exactly one service method.
 */
public class AwsException extends RuntimeException {

    private final String code;
    private final int httpStatus;

    public AwsException(String code, String message) {
        this(code, message, 400);
    }

    public AwsException(String code, String message, int httpStatus) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Client errors are the caller's fault (Sender); 5xx are ours (Receiver). */
    public boolean isClientError() {
        return httpStatus < 500;
    }
}
