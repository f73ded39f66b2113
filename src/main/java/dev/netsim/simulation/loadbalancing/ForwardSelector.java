package dev.netsim.simulation.loadbalancing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

import dev.netsim.simulation.loadbalancing.RoutingDecision.ChosenTarget;
import dev.netsim.simulation.loadbalancing.RoutingDecision.SetCookie;

/**
 * A forward action: the target group by weight (or by the {@code AWSALBTG} cookie when target-group
 * stickiness is on), then the target inside it by {@link TargetPicker}.
 */
final class ForwardSelector {

    static final String GROUP_COOKIE = "AWSALBTG";

    private final TargetPicker targets = new TargetPicker();

    record Selection(TargetGroupModel group, ChosenTarget target, String node, List<SetCookie> cookies) {
    }

    Selection select(LoadBalancerModel lb, ListenerModel listener, RuleAction.Forward forward, String node, ClientRequest request,
                     LoadBalancerState state, Instant now, RandomGenerator random, Sentences why) {
        List<SetCookie> cookies = new ArrayList<>();
        TargetGroupModel group = chooseGroup(forward, request, now, random, why);
        if (group == null) {
            why.add(() -> "Every target group of the forward has weight 0: the load balancer answers 503 Service Unavailable.");
            return new Selection(null, null, node, cookies);
        }
        if (forward.groupStickiness() != null) {
            Instant expires = now.plus(forward.groupStickiness());
            String value = new StickyCookie(group.arn(), null, expires).encode();
            cookies.add(new SetCookie(GROUP_COOKIE, value, expires, "/", false));
            cookies.add(new SetCookie(GROUP_COOKIE + "CORS", value, expires, "/", true));
        }
        TargetPicker.Pick pick = targets.pick(lb, listener, group, node, request, state, now, random, why, cookies);
        return new Selection(group, pick.target(), pick.node(), cookies);
    }

    private static TargetGroupModel chooseGroup(RuleAction.Forward forward, ClientRequest request, Instant now, RandomGenerator random,
                                                Sentences why) {
        List<RuleAction.WeightedGroup> groups = forward.groups();
        if (groups.size() == 1) {
            TargetGroupModel only = groups.get(0).group();
            why.add(() -> "The action forwards to target group " + only.name() + ".");
            return only;
        }
        List<RuleAction.WeightedGroup> weighted = groups.stream().filter(g -> g.weight() > 0).toList();
        if (weighted.isEmpty()) {
            return null;
        }
        if (forward.groupStickiness() != null) {
            StickyCookie cookie = StickyCookie.decode(request.cookies().get(GROUP_COOKIE));
            if (cookie != null && now.isBefore(cookie.expires())) {
                for (RuleAction.WeightedGroup g : weighted) {
                    if (g.group().arn().equals(cookie.targetGroupArn())) {
                        why.add(() -> "Target group stickiness: the " + GROUP_COOKIE + " cookie names " + g.group().name()
                                + ", which the forward still weights, so the request stays with it.");
                        return g.group();
                    }
                }
            }
        }
        int total = weighted.stream().mapToInt(RuleAction.WeightedGroup::weight).sum();
        int draw = random.nextInt(total);
        for (RuleAction.WeightedGroup g : weighted) {
            draw -= g.weight();
            if (draw < 0) {
                why.add(() -> "The action forwards by weight: " + g.group().name() + " has " + g.weight() + " of " + total
                        + " (" + Math.round(100.0 * g.weight() / total) + "%) and the weighted draw chose it.");
                return g.group();
            }
        }
        throw new IllegalStateException("weighted draw out of range");
    }
}
