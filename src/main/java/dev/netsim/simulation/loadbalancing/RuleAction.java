package dev.netsim.simulation.loadbalancing;

import java.time.Duration;
import java.util.List;

/** The terminal action of a listener rule (authenticate actions before it do not choose anything). */
public sealed interface RuleAction {

    String type();

    /** A share of a forward: a target group and its weight (0-999). */
    record WeightedGroup(TargetGroupModel group, int weight) {
    }

    /** Forward to one target group, or by weight to several; target-group stickiness is null when off. */
    record Forward(List<WeightedGroup> groups, Duration groupStickiness) implements RuleAction {
        public Forward {
            groups = List.copyOf(groups);
        }

        public String type() {
            return "forward";
        }
    }

    /** A redirect; null parts keep the request's own (AWS's {@code #{protocol}} and friends are the defaults). */
    record Redirect(String protocol, String host, String port, String path, String query, String statusCode) implements RuleAction {
        public String type() {
            return "redirect";
        }
    }

    record FixedResponse(String statusCode, String contentType, String messageBody) implements RuleAction {
        public String type() {
            return "fixed-response";
        }
    }
}
