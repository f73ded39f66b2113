package dev.netsim.elbv2.listener;

import java.util.List;

import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateOidcActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ForwardActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HostHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpRequestMethodConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.QueryStringKeyValuePair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RedirectActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SourceIpConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupStickinessConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/** Actions and rule conditions between the SDK's wire shapes and the stored documents, both ways. */
final class ActionWire {

    private ActionWire() {
    }

    static List<ActionDoc> fromSdk(List<Action> actions) {
        return actions.stream().map(ActionWire::fromSdk).toList();
    }

    private static ActionDoc fromSdk(Action a) {
        ForwardActionConfig f = a.forwardConfig();
        List<ActionDoc.GroupWeight> groups = f == null ? null
                : f.targetGroups().stream().map(t -> new ActionDoc.GroupWeight(t.targetGroupArn(), t.weight())).toList();
        TargetGroupStickinessConfig sticky = f == null ? null : f.targetGroupStickinessConfig();
        RedirectActionConfig r = a.redirectConfig();
        FixedResponseActionConfig x = a.fixedResponseConfig();
        return new ActionDoc(a.typeAsString(), a.order(), a.targetGroupArn(), groups, sticky == null ? null : sticky.enabled(),
                sticky == null ? null : sticky.durationSeconds(),
                r == null ? null : new ActionDoc.Redirect(r.protocol(), r.port(), r.host(), r.path(), r.query(), r.statusCodeAsString()),
                x == null ? null : new ActionDoc.FixedResponse(x.statusCode(), x.contentType(), x.messageBody()), authenticate(a));
    }

    private static ActionDoc.Authenticate authenticate(Action a) {
        AuthenticateOidcActionConfig o = a.authenticateOidcConfig();
        if (o != null) {
            return new ActionDoc.Authenticate(o.issuer(), o.authorizationEndpoint(), o.tokenEndpoint(), o.userInfoEndpoint(), o.clientId(),
                    o.clientSecret(), null, null, null, o.sessionCookieName(), o.scope(), o.sessionTimeout(),
                    o.hasAuthenticationRequestExtraParams() ? o.authenticationRequestExtraParams() : null, o.onUnauthenticatedRequestAsString());
        }
        AuthenticateCognitoActionConfig c = a.authenticateCognitoConfig();
        if (c != null) {
            return new ActionDoc.Authenticate(null, null, null, null, null, null, c.userPoolArn(), c.userPoolClientId(), c.userPoolDomain(),
                    c.sessionCookieName(), c.scope(), c.sessionTimeout(),
                    c.hasAuthenticationRequestExtraParams() ? c.authenticationRequestExtraParams() : null, c.onUnauthenticatedRequestAsString());
        }
        return null;
    }

    static List<Action> toSdk(List<ActionDoc> actions) {
        return actions.stream().map(ActionWire::toSdk).toList();
    }

    private static Action toSdk(ActionDoc a) {
        Action.Builder b = Action.builder().type(a.type()).order(a.order());
        if (a.forwardGroups() != null) {
            b.targetGroupArn(a.targetGroupArn()).forwardConfig(ForwardActionConfig.builder()
                    .targetGroups(a.forwardGroups().stream().map(g -> TargetGroupTuple.builder().targetGroupArn(g.targetGroupArn())
                            .weight(g.weight()).build()).toList())
                    .targetGroupStickinessConfig(TargetGroupStickinessConfig.builder().enabled(Boolean.TRUE.equals(a.groupStickiness()))
                            .durationSeconds(a.groupStickinessSeconds()).build())
                    .build());
        }
        if (a.redirect() != null) {
            ActionDoc.Redirect r = a.redirect();
            b.redirectConfig(RedirectActionConfig.builder().protocol(or(r.protocol(), "#{protocol}")).port(or(r.port(), "#{port}"))
                    .host(or(r.host(), "#{host}")).path(or(r.path(), "/#{path}")).query(or(r.query(), "#{query}"))
                    .statusCode(r.statusCode()).build());
        }
        if (a.fixedResponse() != null) {
            ActionDoc.FixedResponse f = a.fixedResponse();
            b.fixedResponseConfig(FixedResponseActionConfig.builder().statusCode(f.statusCode()).contentType(f.contentType())
                    .messageBody(f.messageBody()).build());
        }
        ActionDoc.Authenticate x = a.authenticate();
        if (x != null && a.type().equals("authenticate-oidc")) {
            // the client secret is never answered, as AWS does
            b.authenticateOidcConfig(AuthenticateOidcActionConfig.builder().issuer(x.issuer()).authorizationEndpoint(x.authorizationEndpoint())
                    .tokenEndpoint(x.tokenEndpoint()).userInfoEndpoint(x.userInfoEndpoint()).clientId(x.clientId())
                    .sessionCookieName(x.sessionCookieName()).scope(x.scope()).sessionTimeout(x.sessionTimeout())
                    .authenticationRequestExtraParams(x.extraParams()).onUnauthenticatedRequest(x.onUnauthenticatedRequest()).build());
        } else if (x != null) {
            b.authenticateCognitoConfig(AuthenticateCognitoActionConfig.builder().userPoolArn(x.userPoolArn())
                    .userPoolClientId(x.userPoolClientId()).userPoolDomain(x.userPoolDomain()).sessionCookieName(x.sessionCookieName())
                    .scope(x.scope()).sessionTimeout(x.sessionTimeout()).authenticationRequestExtraParams(x.extraParams())
                    .onUnauthenticatedRequest(x.onUnauthenticatedRequest()).build());
        }
        return b.build();
    }

    private static String or(String value, String placeholder) {
        return value == null ? placeholder : value;
    }

    /** A condition given either the legacy way (Field and Values) or with its field's config. */
    static List<ConditionDoc> conditionsFromSdk(List<RuleCondition> conditions) {
        return conditions.stream().map(c -> {
            String field = c.field();
            List<String> values = switch (field == null ? "" : field) {
                case "host-header" -> c.hostHeaderConfig() != null ? c.hostHeaderConfig().values() : c.values();
                case "path-pattern" -> c.pathPatternConfig() != null ? c.pathPatternConfig().values() : c.values();
                case "http-request-method" -> c.httpRequestMethodConfig() != null ? c.httpRequestMethodConfig().values() : c.values();
                case "source-ip" -> c.sourceIpConfig() != null ? c.sourceIpConfig().values() : c.values();
                case "http-header" -> c.httpHeaderConfig() != null ? c.httpHeaderConfig().values() : c.values();
                default -> c.values();
            };
            List<ConditionDoc.QueryPair> pairs = c.queryStringConfig() == null ? null : c.queryStringConfig().values().stream()
                    .map(p -> new ConditionDoc.QueryPair(p.key(), p.value())).toList();
            return new ConditionDoc(field, values, c.httpHeaderConfig() == null ? null : c.httpHeaderConfig().httpHeaderName(), pairs);
        }).toList();
    }

    static List<RuleCondition> conditionsToSdk(List<ConditionDoc> conditions) {
        return conditions.stream().map(c -> {
            RuleCondition.Builder b = RuleCondition.builder().field(c.field());
            switch (c.field()) {
                case "host-header" -> b.values(c.values()).hostHeaderConfig(HostHeaderConditionConfig.builder().values(c.values()).build());
                case "path-pattern" -> b.values(c.values()).pathPatternConfig(PathPatternConditionConfig.builder().values(c.values()).build());
                case "http-request-method" -> b.httpRequestMethodConfig(HttpRequestMethodConditionConfig.builder().values(c.values()).build());
                case "source-ip" -> b.sourceIpConfig(SourceIpConditionConfig.builder().values(c.values()).build());
                case "http-header" -> b.httpHeaderConfig(HttpHeaderConditionConfig.builder().httpHeaderName(c.httpHeaderName())
                        .values(c.values()).build());
                default -> b.queryStringConfig(QueryStringConditionConfig.builder().values(c.queryPairs().stream()
                        .map(p -> QueryStringKeyValuePair.builder().key(p.key()).value(p.value()).build()).toList()).build());
            }
            return b.build();
        }).toList();
    }
}
