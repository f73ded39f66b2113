package dev.netsim.protocol;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a query-protocol handler: {@code XxxResponse xxx(XxxRequest request, Scope scope)}. The
 * action name is the request class's name without {@code Request}; the service is the one given.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AwsAction {
    WireService value();
}
