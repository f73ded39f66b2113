package dev.netsim.simulation.loadbalancing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * An authenticate-oidc or authenticate-cognito action before a rule's terminal action: the session
 * cookie that proves a user signed in, what happens to a request without one ({@code authenticate}
 * redirects to the identity provider, {@code deny} answers 401, {@code allow} lets it through), and
 * the identity provider's authorization endpoint and client the redirect names.
 */
public record Authentication(String type, String sessionCookieName, String onUnauthenticatedRequest, String authorizationEndpoint,
                             String clientId, String scope) {

    /** ALB splits the session into cookies {@code name-0}, {@code name-1}, …; the first proves the session. */
    boolean signedIn(ClientRequest request) {
        return request.cookies().containsKey(sessionCookieName + "-0");
    }

    /** Where ALB sends an unauthenticated browser: the authorization endpoint, asking for a code back at {@code /oauth2/idpresponse}. */
    String signInLocation(String host) {
        return authorizationEndpoint + "?response_type=code&client_id=" + encode(clientId) + "&redirect_uri="
                + encode("https://" + host + "/oauth2/idpresponse") + "&scope=" + encode(scope);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
