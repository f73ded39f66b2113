package dev.netsim.simulation.loadbalancing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import dev.netsim.simulation.loadbalancing.RoutingDecision.Outcome;
import dev.netsim.simulation.loadbalancing.RoutingDecision.SetCookie;

/**
 * Routes one request as an ELBv2 load balancer would: DNS gives the client a node, the listener on
 * the request's port evaluates its rules lowest priority first (the first rule whose conditions all
 * match wins, else the default action), and the action answers — a redirect or fixed response as
 * configured, a forward through {@link ForwardSelector}. Deterministic for a given state, clock
 * instant and random generator.
 */
public final class LoadBalancerSimulator {

    private final ForwardSelector forwards = new ForwardSelector();

    /** @throws IllegalArgumentException when the load balancer has no listener on the request's port */
    public RoutingDecision route(LoadBalancerModel lb, ClientRequest request, LoadBalancerState state, Instant now,
                                 RandomGenerator random) {
        return route(lb, match(lb, request), request, state, now, random);
    }

    /** The listener on the request's port and the rule that takes it (null: the default action), with the sentence that says so. */
    private record Match(ListenerModel listener, ListenerRule rule, Supplier<String> sentence) {
    }

    private static Match match(LoadBalancerModel lb, ClientRequest request) {
        ListenerModel listener = lb.listenerOn(request.listenerPort());
        if (listener == null) {
            throw new IllegalArgumentException("load balancer " + lb.name() + " has no listener on port " + request.listenerPort());
        }
        return matchingRule(lb, listener, new RequestView(request));
    }

    private RoutingDecision route(LoadBalancerModel lb, Match match, ClientRequest request, LoadBalancerState state, Instant now,
                                  RandomGenerator random) {
        ListenerModel listener = match.listener();
        ListenerRule rule = match.rule();
        Sentences why = new Sentences();
        String node = chooseNode(lb, request, state, why);
        why.add(match.sentence());
        RuleAction action = rule == null ? listener.defaultAction() : rule.action();
        String ruleArn = rule == null ? null : rule.arn();
        String priority = rule == null ? "default" : String.valueOf(rule.priority());
        Authentication authentication = rule == null ? listener.defaultAuthentication() : rule.authentication();
        if (authentication != null) {
            Outcome stopped = authenticate(authentication, request, why);
            if (stopped != null) {
                return new RoutingDecision(listener.arn(), ruleArn, priority, stopped, null, null, node, List.<SetCookie>of(), why);
            }
        }
        if (action instanceof RuleAction.Forward forward) {
            ForwardSelector.Selection s = forwards.select(lb, listener, forward, node, request, state, now, random, why);
            Outcome outcome = new Outcome("forward", s.target() == null ? 503 : null, null, null, null);
            return new RoutingDecision(listener.arn(), ruleArn, priority, outcome, s.group() == null ? null : s.group().arn(),
                    s.target(), s.node(), s.cookies(), why);
        }
        Outcome outcome = action instanceof RuleAction.Redirect redirect
                ? redirect(redirect, listener, request, why)
                : fixedResponse((RuleAction.FixedResponse) action, why);
        return new RoutingDecision(listener.arn(), ruleArn, priority, outcome, null, null, node, List.<SetCookie>of(), why);
    }

    /**
     * The same request {@code count} times, each a new connection from the next source port (so an
     * NLB hashes each as its own flow). With {@code followCookies} the client keeps the cookies each
     * answer sets, as a browser would; without, every request arrives cookieless.
     */
    public BatchSummary batch(LoadBalancerModel lb, ClientRequest request, int count, boolean followCookies, LoadBalancerState state,
                              Instant now, RandomGenerator random) {
        Map<String, Integer> byTarget = new TreeMap<>();
        Map<String, Integer> byGroup = new TreeMap<>();
        Map<String, Integer> byZone = new TreeMap<>();
        Map<String, Integer> byRule = new TreeMap<>();
        int withoutTarget = 0;
        Match match = match(lb, request); // no condition reads the source port or cookies, the only things that vary
        ClientRequest next = request;
        for (int i = 0; i < count; i++) {
            int port = 1024 + Math.floorMod(request.sourcePort() - 1024 + i, 65536 - 1024);
            ClientRequest one = new ClientRequest(next.listenerPort(), next.method(), next.host(), next.path(), next.query(),
                    next.headers(), next.cookies(), next.sourceIp(), port, next.clientAvailabilityZone(), null, next.outstandingRequests(),
                    next.packet());
            RoutingDecision decision = route(lb, match, one, state, now, random);
            byRule.merge(decision.rulePriority(), 1, Integer::sum);
            if (decision.targetGroupArn() != null) {
                byGroup.merge(decision.targetGroupArn(), 1, Integer::sum);
            }
            if (decision.target() != null) {
                byTarget.merge(decision.target().id(), 1, Integer::sum);
                byZone.merge(decision.target().availabilityZone(), 1, Integer::sum);
            } else if ("forward".equals(decision.action().type())) {
                withoutTarget++;
            }
            if (followCookies && !decision.setCookies().isEmpty()) {
                Map<String, String> kept = new LinkedHashMap<>();
                decision.setCookies().forEach(c -> kept.put(c.name(), c.value()));
                next = next.withCookies(kept);
            }
        }
        return new BatchSummary(count, byTarget, byGroup, byZone, byRule, withoutTarget);
    }

    private static String chooseNode(LoadBalancerModel lb, ClientRequest request, LoadBalancerState state, Sentences why) {
        List<String> zones = lb.availabilityZones();
        String asked = request.clientAvailabilityZone();
        if (asked != null && zones.contains(asked)) {
            why.add(() -> "The request reached the load balancer's node in " + asked + ", the client's Availability Zone.");
            return asked;
        }
        String node = zones.get(state.nextNode(zones.size()));
        why.add(() -> (asked == null ? "" : asked + " is not one of the load balancer's zones, so ")
                + "DNS gave the client the node in " + node + " (the load balancer's " + zones.size()
                + " node addresses take equal turns).");
        return node;
    }

    private static Match matchingRule(LoadBalancerModel lb, ListenerModel listener, RequestView view) {
        String name = "Listener " + listener.protocol() + ":" + listener.port();
        if (lb.kind() != LoadBalancerKind.APPLICATION) {
            return new Match(listener, null, () -> name + " of a " + lb.kind().apiName() + " load balancer has no rules: its default action applies.");
        }
        List<ListenerRule> rules = listener.rules();
        for (int i = 0; i < rules.size(); i++) {
            ListenerRule rule = rules.get(i);
            if (rule.matches(view)) {
                int before = i;
                return new Match(listener, rule, () -> name + ": rule " + rule.priority() + " matched (" + String.join(" and ",
                        rule.conditions().stream().map(RuleCondition::describe).toList()) + ")"
                        + (before > 0 ? " after " + before + " rule" + (before > 1 ? "s" : "") + " of lower priority did not." : "."));
            }
        }
        return new Match(listener, null, () -> name + ": " + (rules.isEmpty() ? "the listener has no rules" : "none of its " + rules.size()
                + " rules matched") + ", so the default action applies.");
    }

    /**
     * The authenticate action: a signed-in request goes on to the terminal action; one without a
     * session is sent to sign in, refused with 401, or let through, as the action says. Null when
     * the request goes on.
     */
    private static Outcome authenticate(Authentication a, ClientRequest request, Sentences why) {
        String provider = a.type().equals("authenticate-cognito") ? "Amazon Cognito" : "the OIDC identity provider";
        if (a.signedIn(request)) {
            why.add(() -> "The request carries the session cookie " + a.sessionCookieName() + "-0: the user signed in with " + provider
                    + ", so the next action applies.");
            return null;
        }
        switch (a.onUnauthenticatedRequest()) {
            case "allow" -> {
                why.add(() -> "The request has no session cookie " + a.sessionCookieName() + "-0; the action allows unauthenticated "
                        + "requests, so the next action applies without the user's claims.");
                return null;
            }
            case "deny" -> {
                why.add(() -> "The request has no session cookie " + a.sessionCookieName() + "-0 and the action denies unauthenticated "
                        + "requests: 401.");
                return new Outcome(a.type(), 401, null, null, null);
            }
            default -> {
                String host = new RequestView(request).host;
                String location = a.signInLocation(host == null ? "" : host);
                why.add(() -> "The request has no session cookie " + a.sessionCookieName() + "-0, so the load balancer sends the browser to "
                        + "sign in with " + provider + ": 302 to " + location + ".");
                return new Outcome(a.type(), 302, location, null, null);
            }
        }
    }

    private static Outcome redirect(RuleAction.Redirect r, ListenerModel listener, ClientRequest request, Sentences why) {
        String protocol = fill(r.protocol() == null ? "#{protocol}" : r.protocol(), listener, request);
        String host = fill(r.host() == null ? "#{host}" : r.host(), listener, request);
        String port = fill(r.port() == null ? "#{port}" : r.port(), listener, request);
        String path = fill(r.path() == null ? "/#{path}" : r.path(), listener, request);
        String query = fill(r.query() == null ? "#{query}" : r.query(), listener, request);
        boolean defaultPort = protocol.equalsIgnoreCase("HTTP") && port.equals("80") || protocol.equalsIgnoreCase("HTTPS") && port.equals("443");
        String location = protocol.toLowerCase(java.util.Locale.ROOT) + "://" + host + (defaultPort ? "" : ":" + port) + path
                + (query.isEmpty() ? "" : "?" + query);
        int status = "HTTP_301".equals(r.statusCode()) ? 301 : 302;
        why.add(() -> "The action redirects with " + status + " to " + location + ".");
        return new Outcome("redirect", status, location, null, null);
    }

    /** AWS's redirect placeholders: {@code #{path}} is the path without its leading slash. */
    private static String fill(String template, ListenerModel listener, ClientRequest request) {
        RequestView view = new RequestView(request);
        String path = request.path().startsWith("/") ? request.path().substring(1) : request.path();
        return template.replace("#{protocol}", listener.protocol())
                .replace("#{host}", view.host == null ? "" : view.host)
                .replace("#{port}", String.valueOf(listener.port()))
                .replace("#{path}", path)
                .replace("#{query}", queryString(request));
    }

    private static String queryString(ClientRequest request) {
        List<String> pairs = new ArrayList<>();
        request.query().forEach((key, values) -> values.forEach(v -> pairs.add(key + "=" + (v == null ? "" : v))));
        return String.join("&", pairs);
    }

    private static Outcome fixedResponse(RuleAction.FixedResponse r, Sentences why) {
        why.add(() -> "The action answers itself: " + r.statusCode() + (r.contentType() == null ? "" : " " + r.contentType())
                + (r.messageBody() == null ? " with no body." : " with a " + r.messageBody().length() + "-character body."));
        return new Outcome("fixed-response", Integer.valueOf(r.statusCode()), null, r.contentType(), r.messageBody());
    }
}
