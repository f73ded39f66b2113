package dev.netsim.simulation.loadbalancing;

import java.time.Instant;
import java.util.List;

/**
 * What a load balancer does with one request: the listener and rule that took it ({@code rulePriority}
 * is {@code default} or the number), the action, and for a forward the target group and target
 * chosen (null when none can take it), the node that received it, the cookies the answer sets, and
 * one sentence per decision.
 */
public record RoutingDecision(String listenerArn, String ruleArn, String rulePriority, Outcome action, String targetGroupArn,
                              ChosenTarget target, String nodeAvailabilityZone, List<SetCookie> setCookies,
                              List<String> explanation) {

    public RoutingDecision {
        setCookies = List.copyOf(setCookies);
        explanation = java.util.Collections.unmodifiableList(explanation); // written when read (Sentences)
    }

    /**
     * The action applied. A forward has a status code only when no target could take the request
     * (503); a redirect carries its status and {@code Location}; a fixed response its status, type and body.
     */
    public record Outcome(String type, Integer statusCode, String location, String contentType, String messageBody) {
    }

    public record ChosenTarget(String id, int port, String availabilityZone, String healthState) {
    }

    /** A cookie the load balancer sets on its answer. */
    public record SetCookie(String name, String value, Instant expires, String path, boolean secureCrossSite) {
    }
}
