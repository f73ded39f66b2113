package dev.netsim.elbv2.listener;

import java.util.List;

/**
 * A listener's or rule's action as stored (JSON) and as the services speak it. Exactly one of the
 * configurations is set, as its type says; a forward always carries its groups, even when the
 * caller named a single TargetGroupArn.
 */
public record ActionDoc(String type, Integer order, String targetGroupArn, List<GroupWeight> forwardGroups, Boolean groupStickiness,
                        Integer groupStickinessSeconds, Redirect redirect, FixedResponse fixedResponse) {

    public record GroupWeight(String targetGroupArn, Integer weight) {
    }

    public record Redirect(String protocol, String port, String host, String path, String query, String statusCode) {
    }

    public record FixedResponse(String statusCode, String contentType, String messageBody) {
    }
}
