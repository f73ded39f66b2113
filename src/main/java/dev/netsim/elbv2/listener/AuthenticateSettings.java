package dev.netsim.elbv2.listener;

import java.util.Set;

import dev.netsim.elbv2.ElbErrors;

/**
 * An authenticate action's settings checked as AWS checks them, with AWS's defaults filled in:
 * OIDC needs its issuer, HTTPS endpoints, client id and secret; Cognito its user pool ARN, client id
 * and domain; both take a session cookie name ({@code AWSELBAuthSessionCookie}), scope
 * ({@code openid}), session timeout (1-604800 s, a week by default), up to 10 extra request
 * parameters and what to do with unauthenticated requests ({@code authenticate}, {@code allow} or
 * {@code deny}).
 */
final class AuthenticateSettings {

    static final String DEFAULT_COOKIE = "AWSELBAuthSessionCookie";
    private static final long WEEK = 604800;
    private static final Set<String> ON_UNAUTHENTICATED = Set.of("authenticate", "allow", "deny");

    private AuthenticateSettings() {
    }

    static ActionDoc.Authenticate check(String type, ActionDoc.Authenticate a) {
        boolean oidc = type.equals("authenticate-oidc");
        if (a == null) {
            throw ElbErrors.validation("An " + (oidc ? "authenticate OIDC" : "authenticate Cognito") + " config must be specified for " + type
                    + " actions");
        }
        if (oidc) {
            require(a.issuer(), "authenticateOidcConfig.issuer");
            https(a.issuer(), "authenticateOidcConfig.issuer");
            https(require(a.authorizationEndpoint(), "authenticateOidcConfig.authorizationEndpoint"), "authenticateOidcConfig.authorizationEndpoint");
            https(require(a.tokenEndpoint(), "authenticateOidcConfig.tokenEndpoint"), "authenticateOidcConfig.tokenEndpoint");
            https(require(a.userInfoEndpoint(), "authenticateOidcConfig.userInfoEndpoint"), "authenticateOidcConfig.userInfoEndpoint");
            require(a.clientId(), "authenticateOidcConfig.clientId");
            require(a.clientSecret(), "authenticateOidcConfig.clientSecret");
        } else {
            if (!require(a.userPoolArn(), "authenticateCognitoConfig.userPoolArn").startsWith("arn:aws:cognito-idp:")) {
                throw ElbErrors.validation("'" + a.userPoolArn() + "' is not a valid Amazon Cognito user pool ARN");
            }
            require(a.userPoolClientId(), "authenticateCognitoConfig.userPoolClientId");
            require(a.userPoolDomain(), "authenticateCognitoConfig.userPoolDomain");
        }
        String onUnauthenticated = a.onUnauthenticatedRequest() == null ? "authenticate" : a.onUnauthenticatedRequest();
        if (!ON_UNAUTHENTICATED.contains(onUnauthenticated)) {
            throw ElbErrors.invalid("onUnauthenticatedRequest", onUnauthenticated, "Member must satisfy enum value set: [deny, allow, authenticate]");
        }
        long timeout = a.sessionTimeout() == null ? WEEK : a.sessionTimeout();
        if (timeout < 1 || timeout > WEEK) {
            throw ElbErrors.invalid("sessionTimeout", timeout, "Member must have value between 1 and " + WEEK);
        }
        if (a.extraParams() != null && a.extraParams().size() > 10) {
            throw ElbErrors.validation("An authenticate action can have at most 10 authentication request extra parameters");
        }
        return new ActionDoc.Authenticate(a.issuer(), a.authorizationEndpoint(), a.tokenEndpoint(), a.userInfoEndpoint(), a.clientId(),
                a.clientSecret(), a.userPoolArn(), a.userPoolClientId(), a.userPoolDomain(),
                a.sessionCookieName() == null ? DEFAULT_COOKIE : a.sessionCookieName(), a.scope() == null ? "openid" : a.scope(), timeout,
                a.extraParams(), onUnauthenticated);
    }

    private static String require(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw ElbErrors.missing(field);
        }
        return value;
    }

    private static void https(String url, String field) {
        if (!url.startsWith("https://")) {
            throw ElbErrors.invalid(field, url, "Member must be an HTTPS URL");
        }
    }
}
