package dev.netsim.elbv2.listener;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.elbv2.ElbErrors;
import dev.netsim.elbv2.ElbQuotas;
import dev.netsim.elbv2.loadbalancer.LoadBalancer;
import dev.netsim.elbv2.targetgroup.TargetGroup;
import dev.netsim.elbv2.targetgroup.TargetGroupService;

/**
 * The actions of a listener or rule, checked as AWS checks them: one terminal action
 * (forward, redirect or fixed-response) and it comes last, after at most one authenticate action
 * (HTTPS listeners only, settings by {@link AuthenticateSettings}); forwards name 1-5 existing target groups
 * of the load balancer's VPC whose protocol suits the load balancer, with weights 0-999; redirects
 * change something; fixed responses have a 2xx/4xx/5xx status, a known content type and at most
 * 1,024 characters. Answers the actions in order, each forward with its groups spelled out.
 */
@Component
class ActionValidator {

    private static final Set<String> TERMINAL = Set.of("forward", "redirect", "fixed-response");
    private static final Set<String> CONTENT_TYPES = Set.of("text/plain", "text/css", "text/html", "application/javascript", "application/json");
    private static final Pattern STATUS = Pattern.compile("[245]\\d\\d");

    private final TargetGroupService targetGroups;

    ActionValidator(TargetGroupService targetGroups) {
        this.targetGroups = targetGroups;
    }

    List<ActionDoc> validate(Scope scope, LoadBalancer lb, String protocol, List<ActionDoc> actions, String field) {
        if (actions == null || actions.isEmpty()) {
            throw ElbErrors.missing(field);
        }
        List<ActionDoc> ordered = new ArrayList<>();
        Set<Integer> orders = new HashSet<>();
        for (int i = 0; i < actions.size(); i++) {
            ActionDoc a = actions.get(i);
            int order = ElbErrors.inRange(a.order(), i + 1, 1, 50000, field + ".member." + (i + 1) + ".order");
            if (!orders.add(order)) {
                throw ElbErrors.validation("Action orders must be unique: " + order);
            }
            ordered.add(check(scope, lb, protocol, a, order));
        }
        if (ordered.stream().filter(ActionDoc::authenticates).count() > 1) {
            throw new AwsException("TooManyActions", "A rule or default action can have at most one authenticate action");
        }
        ordered.sort(Comparator.comparing(ActionDoc::order));
        long terminal = ordered.stream().filter(a -> TERMINAL.contains(a.type())).count();
        if (terminal != 1 || !TERMINAL.contains(ordered.get(ordered.size() - 1).type())) {
            throw ElbErrors.validation("There must be exactly one forward, redirect or fixed-response action, and it must be the last action");
        }
        return ordered;
    }

    private ActionDoc check(Scope scope, LoadBalancer lb, String protocol, ActionDoc a, int order) {
        String type = a.type();
        if (type == null) {
            throw ElbErrors.missing("type");
        }
        if (!lb.getType().equals("application") && !type.equals("forward")) {
            throw ElbErrors.validation("Only forward actions are supported by " + lb.getType() + " load balancers");
        }
        return switch (type) {
            case "forward" -> forward(scope, lb, a, order);
            case "redirect" -> redirect(a, order);
            case "fixed-response" -> fixedResponse(a, order);
            case "authenticate-oidc", "authenticate-cognito" -> {
                if (!"HTTPS".equals(protocol)) {
                    throw new AwsException("InvalidLoadBalancerAction", "Authenticate actions are supported on HTTPS listeners only");
                }
                yield new ActionDoc(type, order, null, null, null, null, null, null, AuthenticateSettings.check(type, a.authenticate()));
            }
            default -> throw ElbErrors.invalid("type", type,
                    "Member must satisfy enum value set: [forward, authenticate-oidc, authenticate-cognito, redirect, fixed-response]");
        };
    }

    private ActionDoc forward(Scope scope, LoadBalancer lb, ActionDoc a, int order) {
        List<ActionDoc.GroupWeight> groups = a.forwardGroups() == null ? List.of() : a.forwardGroups();
        if (groups.isEmpty() && a.targetGroupArn() == null) {
            throw ElbErrors.validation("A target group ARN must be specified for forward actions");
        }
        if (groups.isEmpty()) {
            groups = List.of(new ActionDoc.GroupWeight(a.targetGroupArn(), 1));
        } else if (a.targetGroupArn() != null && !(groups.size() == 1 && groups.get(0).targetGroupArn().equals(a.targetGroupArn()))) {
            throw ElbErrors.validation("You cannot specify both a target group ARN and a forward config with different target groups");
        }
        if (groups.size() > ElbQuotas.TARGET_GROUPS_PER_ACTION) {
            throw ElbErrors.validation("A forward action can have at most " + ElbQuotas.TARGET_GROUPS_PER_ACTION + " target groups");
        }
        List<ActionDoc.GroupWeight> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ActionDoc.GroupWeight g : groups) {
            TargetGroup group = targetGroups.get(scope, g.targetGroupArn());
            if (!seen.add(group.getArn())) {
                throw ElbErrors.validation("Target group '" + group.getArn() + "' is named twice in one forward action");
            }
            requireSuits(lb, group);
            checked.add(new ActionDoc.GroupWeight(group.getArn(), ElbErrors.inRange(g.weight(), 1, 0, 999, "weight")));
        }
        boolean sticky = Boolean.TRUE.equals(a.groupStickiness());
        Integer duration = sticky ? ElbErrors.inRange(a.groupStickinessSeconds(), 3600, 1, 604800, "durationSeconds") : null;
        return new ActionDoc("forward", order, checked.size() == 1 ? checked.get(0).targetGroupArn() : null, checked,
                sticky, duration, null, null);
    }

    private static void requireSuits(LoadBalancer lb, TargetGroup group) {
        var s = group.settings();
        boolean lambda = "lambda".equals(s.targetType());
        boolean suits = switch (lb.getType()) {
            case "application" -> lambda || "HTTP".equals(s.protocol()) || "HTTPS".equals(s.protocol());
            case "network" -> Set.of("TCP", "TLS", "UDP", "TCP_UDP").contains(s.protocol());
            default -> "GENEVE".equals(s.protocol());
        };
        if (!suits) {
            throw new AwsException("IncompatibleProtocols", "The target group protocol " + s.protocol()
                    + " is not supported by " + lb.getType() + " load balancers");
        }
        if (!lambda && !lb.getVpcId().equals(s.vpcId())) {
            throw ElbErrors.validation("The target group '" + group.getArn() + "' is in VPC " + s.vpcId()
                    + ", not in the load balancer's VPC " + lb.getVpcId());
        }
    }

    private static ActionDoc redirect(ActionDoc a, int order) {
        ActionDoc.Redirect r = a.redirect();
        if (r == null) {
            throw ElbErrors.validation("A redirect config must be specified for redirect actions");
        }
        if (!"HTTP_301".equals(r.statusCode()) && !"HTTP_302".equals(r.statusCode())) {
            throw ElbErrors.invalid("statusCode", r.statusCode(), "Member must satisfy enum value set: [HTTP_301, HTTP_302]");
        }
        if (r.protocol() != null && !Set.of("HTTP", "HTTPS", "#{protocol}").contains(r.protocol())) {
            throw ElbErrors.validation("The redirect protocol must be HTTP, HTTPS or #{protocol}");
        }
        if (r.path() != null && !r.path().startsWith("/")) {
            throw ElbErrors.validation("The redirect path must start with a '/'");
        }
        boolean changes = r.protocol() != null && !r.protocol().equals("#{protocol}") || r.port() != null && !r.port().equals("#{port}")
                || r.host() != null && !r.host().equals("#{host}") || r.path() != null && !r.path().equals("/#{path}")
                || r.query() != null && !r.query().equals("#{query}");
        if (!changes) {
            throw ElbErrors.validation("A redirect must change at least one of the protocol, host, port or path, or it would loop");
        }
        return new ActionDoc("redirect", order, null, null, null, null, r, null);
    }

    private static ActionDoc fixedResponse(ActionDoc a, int order) {
        ActionDoc.FixedResponse f = a.fixedResponse();
        if (f == null) {
            throw ElbErrors.validation("A fixed response config must be specified for fixed-response actions");
        }
        if (f.statusCode() == null || !STATUS.matcher(f.statusCode()).matches()) {
            throw ElbErrors.invalid("statusCode", f.statusCode(), "Member must satisfy regular expression pattern: ^(2|4|5)\\d\\d$");
        }
        if (f.contentType() != null && !CONTENT_TYPES.contains(f.contentType())) {
            throw ElbErrors.invalid("contentType", f.contentType(), "Member must satisfy enum value set: " + CONTENT_TYPES);
        }
        if (f.messageBody() != null && f.messageBody().length() > 1024) {
            throw ElbErrors.invalid("messageBody", "…", "Member must have length less than or equal to 1024");
        }
        return new ActionDoc("fixed-response", order, null, null, null, null, null, f);
    }
}
