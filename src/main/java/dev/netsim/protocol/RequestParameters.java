package dev.netsim.protocol;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import dev.netsim.common.AwsException;

/**
 * The request's query-string and form parameters, decoded once. The container refuses a parameter
 * that is not valid percent-encoded UTF-8 by throwing from its parameter methods; here that becomes
 * the door's own error instead of a stack trace in the log and a Spring error page.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    /** @throws AwsException {@code code} with {@code status} when the parameters cannot be decoded */
    public static Map<String, String[]> decoded(HttpServletRequest http, String code, int status) {
        try {
            return http.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException undecodable) {
            throw new AwsException(code, "The request's parameters are not valid percent-encoded UTF-8.", status);
        }
    }
}
