package dev.netsim.common;

import java.util.List;

/**
 * An AWS error: the wire code clients map to typed exceptions, a human message and the HTTP status.
 * Every front door renders it in its own envelope; rules throw it from exactly one service method.
 */
public class AwsException extends RuntimeException {

    private final String code;
    private final int httpStatus;
    private List<String> messages = List.of();

    public AwsException(String code, String message) {
        this(code, message, 400);
    }

    public AwsException(String code, String message, int httpStatus) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /**
     * The separate messages of an error whose shape lists them (Route 53's InvalidChangeBatch names
     * every problem of a batch); the message joins them.
     */
    public AwsException withMessages(List<String> messages) {
        this.messages = List.copyOf(messages);
        return this;
    }

    public List<String> messages() {
        return messages;
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
