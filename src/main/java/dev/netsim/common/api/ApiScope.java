package dev.netsim.common.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON API handler's {@link dev.netsim.common.Scope} parameter, resolved from the
 * {@code X-Netsim-Account} and {@code X-Netsim-Region} headers; {@code value} names the service
 * (SigV4 signing name) whose first-use set-up must have run.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ApiScope {
    String value();
}
