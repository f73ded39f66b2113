package dev.netsim.elbv2.listener;

import java.util.List;

/**
 * A listener's or rule's action as stored (JSON) and as the services speak it. Exactly one of the
 * configurations is set, as its type says; a forward always carries its groups, even when the
 * caller named a single TargetGroupArn.
 */
public record ActionDoc(String type, Integer order, String targetGroupArn, List<GroupWeight> forwardGroups, Boolean groupStickiness,
                        Integer groupStickinessSeconds, Redirect redirect, FixedResponse fixedResponse, Authenticate authenticate) {

    /** An action without authentication settings (every type but authenticate-*). */
    public ActionDoc(String type, Integer order, String targetGroupArn, List<GroupWeight> forwardGroups, Boolean groupStickiness,
                     Integer groupStickinessSeconds, Redirect redirect, FixedResponse fixedResponse) {
        this(type, order, targetGroupArn, forwardGroups, groupStickiness, groupStickinessSeconds, redirect, fixedResponse, null);
    }

    /** The target groups the actions forward to, each once, in the actions' order. */
    public static List<String> forwardedGroups(List<ActionDoc> actions) {
        return actions.stream().filter(a -> a.forwardGroups() != null).flatMap(a -> a.forwardGroups().stream())
                .map(GroupWeight::targetGroupArn).distinct().toList();
    }

    public boolean authenticates() {
        return type.startsWith("authenticate-");
    }

    public record GroupWeight(String targetGroupArn, Integer weight) {
    }

    public record Redirect(String protocol, String port, String host, String path, String query, String statusCode) {
    }

    public record FixedResponse(String statusCode, String contentType, String messageBody) {
    }

    /**
     * An authenticate-oidc action's identity provider (issuer, endpoints, client) or an
     * authenticate-cognito action's user pool, with the settings both share. The client secret is kept
     * but never answered, as AWS does.
     */
    public record Authenticate(String issuer, String authorizationEndpoint, String tokenEndpoint, String userInfoEndpoint, String clientId,
                               String clientSecret, String userPoolArn, String userPoolClientId, String userPoolDomain,
                               String sessionCookieName, String scope, Long sessionTimeout, java.util.Map<String, String> extraParams,
                               String onUnauthenticatedRequest) {
    }
}
