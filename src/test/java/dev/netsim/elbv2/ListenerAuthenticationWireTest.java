package dev.netsim.elbv2;

import static dev.netsim.support.AwsErrors.assertAwsError;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.netsim.support.NetsimIntegrationTest;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateCognitoActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.AuthenticateOidcActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Certificate;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;
import tools.jackson.databind.JsonNode;

/** authenticate-oidc and authenticate-cognito actions: stored and answered as AWS does, and simulated. */
class ListenerAuthenticationWireTest extends NetsimIntegrationTest {

    private static final String CERTIFICATE = "arn:aws:acm:us-east-1:000000000000:certificate/1a2b3c4d-0000-0000-0000-000000000001";
    private String loadBalancerArn;
    private String groupArn;

    @BeforeEach
    void loadBalancer() {
        TwoZoneVpc vpc = twoZoneVpc();
        loadBalancerArn = elbv2().createLoadBalancer(r -> r.name("portal").subnets(vpc.subnetA(), vpc.subnetB())).loadBalancers().get(0)
                .loadBalancerArn();
        groupArn = elbv2().createTargetGroup(r -> r.name("portal").protocol(ProtocolEnum.HTTP).port(80).vpcId(vpc.vpcId())).targetGroups()
                .get(0).targetGroupArn();
    }

    private static Action oidc(AuthenticateOidcActionConfig.Builder config) {
        return Action.builder().type(ActionTypeEnum.AUTHENTICATE_OIDC).order(1).authenticateOidcConfig(config.build()).build();
    }

    private static AuthenticateOidcActionConfig.Builder idp() {
        return AuthenticateOidcActionConfig.builder().issuer("https://idp.example.com").authorizationEndpoint("https://idp.example.com/authorize")
                .tokenEndpoint("https://idp.example.com/token").userInfoEndpoint("https://idp.example.com/userinfo").clientId("portal")
                .clientSecret("s3cr3t");
    }

    private Action forward() {
        return Action.builder().type(ActionTypeEnum.FORWARD).order(2).targetGroupArn(groupArn).build();
    }

    private Listener https(Action... actions) {
        return elbv2().createListener(r -> r.loadBalancerArn(loadBalancerArn).port(443).protocol(ProtocolEnum.HTTPS)
                .certificates(Certificate.builder().certificateArn(CERTIFICATE).build()).defaultActions(actions)).listeners().get(0);
    }

    @Test
    void anOidcActionIsStoredWithAwsDefaultsAndWithoutItsSecret() {
        Listener listener = https(oidc(idp()), forward());

        Action stored = elbv2().describeListeners(r -> r.listenerArns(listener.listenerArn())).listeners().get(0).defaultActions().get(0);
        assertThat(stored.typeAsString()).isEqualTo("authenticate-oidc");
        AuthenticateOidcActionConfig config = stored.authenticateOidcConfig();
        assertThat(config.issuer()).isEqualTo("https://idp.example.com");
        assertThat(config.clientSecret()).isNull();
        assertThat(config.sessionCookieName()).isEqualTo("AWSELBAuthSessionCookie");
        assertThat(config.scope()).isEqualTo("openid");
        assertThat(config.sessionTimeout()).isEqualTo(604800L);
        assertThat(config.onUnauthenticatedRequestAsString()).isEqualTo("authenticate");

        elbv2().createRule(r -> r.listenerArn(listener.listenerArn()).priority(5).conditions(c -> c.field("path-pattern").values("/staff/*"))
                .actions(Action.builder().type(ActionTypeEnum.AUTHENTICATE_COGNITO).order(1).authenticateCognitoConfig(
                        AuthenticateCognitoActionConfig.builder().userPoolArn("arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_abc")
                                .userPoolClientId("client").userPoolDomain("portal").onUnauthenticatedRequest("deny").build()).build(), forward()));
        assertThat(elbv2().describeRules(r -> r.listenerArn(listener.listenerArn())).rules().get(0).actions().get(0).authenticateCognitoConfig()
                .userPoolDomain()).isEqualTo("portal");
    }

    @Test
    void authenticateActionsAreCheckedAsAwsChecksThem() {
        assertAwsError(() -> elbv2().createListener(r -> r.loadBalancerArn(loadBalancerArn).port(80).protocol(ProtocolEnum.HTTP)
                .defaultActions(oidc(idp()), forward())), "InvalidLoadBalancerAction", 400);
        assertThat(assertAwsError(() -> https(oidc(idp().tokenEndpoint(null)), forward()), "ValidationError", 400).getMessage())
                .contains("Value null at 'defaultActions.member.1.authenticateOidcConfig.tokenEndpoint'");
        assertAwsError(() -> https(oidc(idp().userInfoEndpoint("http://idp.example.com/userinfo")), forward()), "ValidationError", 400);
        assertAwsError(() -> https(oidc(idp().clientSecret(null)), forward()), "ValidationError", 400);
        assertAwsError(() -> https(oidc(idp().onUnauthenticatedRequest("maybe")), forward()), "ValidationError", 400);
        assertAwsError(() -> https(oidc(idp()), Action.builder().type(ActionTypeEnum.AUTHENTICATE_OIDC).order(2)
                .authenticateOidcConfig(idp().build()).build(), forward().toBuilder().order(3).build()), "TooManyActions", 400);
        assertAwsError(() -> https(forward().toBuilder().order(1).build(), oidc(idp()).toBuilder().order(2).build()), "ValidationError", 400);
        assertThat(elbv2().describeListeners(r -> r.loadBalancerArn(loadBalancerArn)).listeners()).isEmpty();

        Listener listener = https(oidc(idp()), forward());
        assertAwsError(() -> elbv2().modifyListener(r -> r.listenerArn(listener.listenerArn()).protocol(ProtocolEnum.HTTP).port(80)),
                "InvalidLoadBalancerAction", 400);
    }

    @Test
    void theSimulatorSendsABrowserWithoutASessionToSignIn() throws Exception {
        https(oidc(idp()), forward());

        JsonNode anonymous = postJson("/api/simulate/load-balancers/portal/requests", Map.of("listenerPort", 443, "host", "portal.example.com",
                "path", "/"));
        assertThat(anonymous.get("action").get("type").asString()).isEqualTo("authenticate-oidc");
        assertThat(anonymous.get("action").get("statusCode").asInt()).isEqualTo(302);
        assertThat(anonymous.get("action").get("location").asString()).startsWith("https://idp.example.com/authorize?response_type=code"
                + "&client_id=portal&redirect_uri=https%3A%2F%2Fportal.example.com%2Foauth2%2Fidpresponse");

        JsonNode signedIn = postJson("/api/simulate/load-balancers/portal/requests", Map.of("listenerPort", 443, "host", "portal.example.com",
                "path", "/", "cookies", Map.of("AWSELBAuthSessionCookie-0", "opaque")));
        assertThat(signedIn.get("action").get("type").asString()).isEqualTo("forward");
        assertThat(signedIn.get("targetGroupArn").asString()).isEqualTo(groupArn);
    }
}
