package dev.netsim.protocol;

import jakarta.servlet.http.HttpServletRequest;

import dev.netsim.common.Scope;

/**
 * What a front door learned about a request, kept on the request for the one-line request log:
 * which door, service and action, and the account and region it acted in.
 */
public record RequestFacts(String door, String service, String action, Scope scope) {

    private static final String ATTRIBUTE = RequestFacts.class.getName();

    public void attachTo(HttpServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    public static RequestFacts of(HttpServletRequest request) {
        return (RequestFacts) request.getAttribute(ATTRIBUTE);
    }
}
