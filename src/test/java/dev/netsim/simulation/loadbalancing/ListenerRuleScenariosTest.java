package dev.netsim.simulation.loadbalancing;

import static dev.netsim.simulation.loadbalancing.TestBalancers.AZ_A;
import static dev.netsim.simulation.loadbalancing.TestBalancers.NOW;
import static dev.netsim.simulation.loadbalancing.TestBalancers.alb;
import static dev.netsim.simulation.loadbalancing.TestBalancers.forward;
import static dev.netsim.simulation.loadbalancing.TestBalancers.group;
import static dev.netsim.simulation.loadbalancing.TestBalancers.rule;
import static dev.netsim.simulation.loadbalancing.TestBalancers.targets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Listener rules: which rule takes a request, for every condition type, and what redirects and fixed responses answer. */
class ListenerRuleScenariosTest {

    private static final TargetGroupModel API = group("api", targets("i-api", AZ_A, 1));
    private static final TargetGroupModel WEB = group("web", targets("i-web", AZ_A, 1));
    private final LoadBalancerSimulator simulator = new LoadBalancerSimulator();

    private RoutingDecision route(LoadBalancerModel lb, ClientRequest request) {
        return simulator.route(lb, request, new LoadBalancerState(), NOW, new SplittableRandom(1));
    }

    private static ClientRequest request(String method, String host, String path, Map<String, List<String>> query,
                                         Map<String, String> headers, String sourceIp) {
        return new ClientRequest(80, method, host, path, query, headers, Map.of(), sourceIp, 40000, null, null, Map.of());
    }

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of(RuleCondition.hostHeader(List.of("*.example.com")), request("GET", "api.example.com:8080", "/", null, null, null), true),
                Arguments.of(RuleCondition.hostHeader(List.of("*.example.com")), request("GET", "example.com", "/", null, null, null), false),
                Arguments.of(RuleCondition.hostHeader(List.of("API.Example.COM")), request("GET", "api.example.com", "/", null, null, null), true),
                Arguments.of(RuleCondition.hostHeader(List.of("a?.example.com")), request("GET", "ab.example.com", "/", null, null, null), true),
                Arguments.of(RuleCondition.pathPattern(List.of("/img/*")), request("GET", "x", "/img/a/b.jpg", null, null, null), true),
                Arguments.of(RuleCondition.pathPattern(List.of("/img/*")), request("GET", "x", "/IMG/a.jpg", null, null, null), false),
                Arguments.of(RuleCondition.pathPattern(List.of("/a", "/b")), request("GET", "x", "/b", null, null, null), true),
                Arguments.of(RuleCondition.httpHeader("User-Agent", List.of("*mobile*")),
                        request("GET", "x", "/", null, Map.of("user-agent", "Mozilla MOBILE Safari"), null), true),
                Arguments.of(RuleCondition.httpHeader("X-Env", List.of("canary")), request("GET", "x", "/", null, Map.of(), null), false),
                Arguments.of(RuleCondition.httpRequestMethod(List.of("POST", "PUT")), request("PUT", "x", "/", null, null, null), true),
                Arguments.of(RuleCondition.httpRequestMethod(List.of("POST")), request("post", "x", "/", null, null, null), false),
                Arguments.of(RuleCondition.queryString(List.of(new RuleCondition.QueryPair("version", "v2*"))),
                        request("GET", "x", "/", Map.of("Version", List.of("V2.1")), null, null), true),
                Arguments.of(RuleCondition.queryString(List.of(new RuleCondition.QueryPair(null, "beta"))),
                        request("GET", "x", "/", Map.of("channel", List.of("stable", "beta")), null, null), true),
                Arguments.of(RuleCondition.queryString(List.of(new RuleCondition.QueryPair("k", "v"))),
                        request("GET", "x", "/", Map.of("other", List.of("v")), null, null), false),
                Arguments.of(RuleCondition.sourceIp(List.of("198.51.100.0/24")), request("GET", "x", "/", null, null, "198.51.100.7"), true),
                Arguments.of(RuleCondition.sourceIp(List.of("203.0.113.0/24")), request("GET", "x", "/", null, null, "198.51.100.7"), false),
                Arguments.of(RuleCondition.sourceIp(List.of("2001:db8::/32")), request("GET", "x", "/", null, null, "2001:db8::5"), true));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @MethodSource("conditions")
    void eachConditionTypeMatchesAsAwsDocumentsIt(RuleCondition condition, ClientRequest request, boolean matches) {
        LoadBalancerModel lb = alb(forward(WEB), rule(10, forward(API), condition));
        RoutingDecision decision = route(lb, request);
        assertThat(decision.rulePriority()).isEqualTo(matches ? "10" : "default");
        assertThat(decision.targetGroupArn()).isEqualTo(matches ? API.arn() : WEB.arn());
    }

    @Test
    void theLowestPriorityRuleWhoseConditionsAllMatchWins() {
        LoadBalancerModel lb = alb(forward(WEB),
                rule(30, forward(WEB), RuleCondition.pathPattern(List.of("/api/*"))),
                rule(5, forward(API), RuleCondition.pathPattern(List.of("/api/*")), RuleCondition.httpRequestMethod(List.of("POST"))),
                rule(20, forward(API), RuleCondition.pathPattern(List.of("/api/*"))));
        RoutingDecision get = route(lb, request("GET", "x", "/api/orders", null, null, null));
        assertThat(get.rulePriority()).isEqualTo("20");
        assertThat(get.explanation()).anyMatch(s -> s.contains("rule 20 matched (path-pattern is /api/*) after 1 rule of lower priority did not"));
        assertThat(route(lb, request("POST", "x", "/api/orders", null, null, null)).rulePriority()).isEqualTo("5");
        assertThat(route(lb, request("GET", "x", "/static", null, null, null)).rulePriority()).isEqualTo("default");
    }

    @Test
    void redirectFillsAwsPlaceholdersAndKeepsWhatItDoesNotSet() {
        RuleAction.Redirect toHttps = new RuleAction.Redirect("HTTPS", null, "443", null, null, "HTTP_301");
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("a", List.of("1"));
        query.put("b", List.of("2"));
        RoutingDecision decision = route(alb(toHttps), request("GET", "Shop.Example.com", "/cart/1", query, null, null));
        assertThat(decision.action()).isEqualTo(new RoutingDecision.Outcome("redirect", 301, "https://shop.example.com/cart/1?a=1&b=2", null, null));

        RuleAction.Redirect moved = new RuleAction.Redirect(null, "new.example.com", null, "/v2/#{path}", "from=old", "HTTP_302");
        assertThat(route(alb(moved), request("GET", "shop.example.com", "/cart", null, null, null)).action().location())
                .isEqualTo("http://new.example.com/v2/cart?from=old");
    }

    @Test
    void fixedResponseAnswersWithItsStatusTypeAndBody() {
        RoutingDecision decision = route(alb(new RuleAction.FixedResponse("404", "application/json", "{\"error\":\"none\"}")),
                request("GET", "x", "/", null, null, null));
        assertThat(decision.action()).isEqualTo(new RoutingDecision.Outcome("fixed-response", 404, null, "application/json", "{\"error\":\"none\"}"));
        assertThat(decision.target()).isNull();
        assertThat(decision.rulePriority()).isEqualTo("default");
    }

    @Test
    void aPortWithoutAListenerIsRefused() {
        ClientRequest on8080 = new ClientRequest(8080, "GET", "x", "/", null, null, null, null, 1, null, null, null);
        assertThatThrownBy(() -> route(alb(forward(WEB)), on8080)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no listener on port 8080");
    }

    @Test
    void everyDecisionExplainsNodeRuleGroupAndTarget() {
        RoutingDecision decision = route(alb(forward(WEB), rule(1, forward(API), RuleCondition.hostHeader(List.of("api.*")))),
                request("GET", "api.example.com", "/", null, null, "198.51.100.7"));
        assertThat(decision.explanation()).hasSize(5);
        assertThat(decision.explanation().get(0)).contains("DNS gave the client the node in");
        assertThat(decision.explanation().get(1)).contains("rule 1 matched (host-header is api.*)");
        assertThat(decision.explanation().get(2)).isEqualTo("The action forwards to target group api.");
        assertThat(decision.explanation().get(4)).startsWith("Round robin chose i-api0:80");
    }

    // ---- authenticate actions

    private static final Authentication SIGN_IN = new Authentication("authenticate-oidc", "AWSELBAuthSessionCookie", "authenticate",
            "https://idp.example.com/authorize", "netsim-app", "openid");

    private static LoadBalancerModel authenticating(Authentication authentication) {
        return alb(forward(WEB), new ListenerRule("arn:aws:elasticloadbalancing:us-east-1:000000000000:listener-rule/app/web/1/2/10", 10,
                List.of(RuleCondition.pathPattern(List.of("/admin/*"))), authentication, forward(API)));
    }

    private static ClientRequest admin(Map<String, String> cookies) {
        return new ClientRequest(80, "GET", "shop.example.com", "/admin/users", Map.of(), Map.of(), cookies, "198.51.100.7", 40000, null, null,
                Map.of());
    }

    @Test
    void aBrowserWithoutASessionIsSentToSignInWithTheIdentityProvider() {
        RoutingDecision decision = route(authenticating(SIGN_IN), admin(Map.of()));

        assertThat(decision.action().type()).isEqualTo("authenticate-oidc");
        assertThat(decision.action().statusCode()).isEqualTo(302);
        assertThat(decision.action().location()).isEqualTo("https://idp.example.com/authorize?response_type=code&client_id=netsim-app"
                + "&redirect_uri=https%3A%2F%2Fshop.example.com%2Foauth2%2Fidpresponse&scope=openid");
        assertThat(decision.target()).isNull();
        assertThat(decision.explanation().get(2)).startsWith("The request has no session cookie AWSELBAuthSessionCookie-0, so the load "
                + "balancer sends the browser to sign in with the OIDC identity provider: 302 to https://idp.example.com/authorize?");
    }

    @Test
    void aSignedInRequestGoesOnToTheRulesAction() {
        RoutingDecision decision = route(authenticating(SIGN_IN), admin(Map.of("AWSELBAuthSessionCookie-0", "opaque")));

        assertThat(decision.action().type()).isEqualTo("forward");
        assertThat(decision.targetGroupArn()).isEqualTo(API.arn());
        assertThat(decision.explanation().get(2)).isEqualTo("The request carries the session cookie AWSELBAuthSessionCookie-0: the user "
                + "signed in with the OIDC identity provider, so the next action applies.");
    }

    @Test
    void unauthenticatedRequestsAreDeniedOrAllowedAsTheActionSays() {
        Authentication deny = new Authentication("authenticate-cognito", "session", "deny", "https://shop.auth.us-east-1.amazoncognito.com"
                + "/oauth2/authorize", "client", "openid");
        RoutingDecision denied = route(authenticating(deny), admin(Map.of()));
        assertThat(denied.action().type()).isEqualTo("authenticate-cognito");
        assertThat(denied.action().statusCode()).isEqualTo(401);

        Authentication allow = new Authentication("authenticate-oidc", "session", "allow", "https://idp.example.com/authorize", "c", "openid");
        RoutingDecision allowed = route(authenticating(allow), admin(Map.of()));
        assertThat(allowed.targetGroupArn()).isEqualTo(API.arn());
        assertThat(route(authenticating(deny), admin(Map.of("session-0", "x"))).targetGroupArn()).isEqualTo(API.arn());
    }
}
