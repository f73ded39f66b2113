package dev.netsim.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query-protocol handler: {@code XxxResponse xxx(XxxRequest request, Scope scope)}. The
 * action name is the request class's name without {@code Request}, unless the SDK renamed the
 * operation's class ({@code DescribeSSLPolicies} has {@code DescribeSslPoliciesRequest}): then
 * {@link #action} gives the wire name. The service is the one given.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AwsAction {
    WireService value();

    /** The action as clients send it, when it differs from the request class's name. */
    String action() default "";
}
