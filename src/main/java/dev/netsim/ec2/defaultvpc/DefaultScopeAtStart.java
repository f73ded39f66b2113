package dev.netsim.ec2.defaultvpc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;

/**
 * Sets up the default account's default region (its default VPC) on a background thread while the
 * server is still starting, so the first call of a user with default credentials does not pay for
 * it. On AWS the default VPC exists before any call; here it is otherwise made on the first one.
 * Off in the test suite, whose resets must not race it ({@code netsim.default-scope-at-start}).
 */
@Component
class DefaultScopeAtStart implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DefaultScopeAtStart.class);

    private final DefaultVpcProvisioner provisioner;
    private final boolean enabled;

    DefaultScopeAtStart(DefaultVpcProvisioner provisioner, @Value("${netsim.default-scope-at-start:true}") boolean enabled) {
        this.provisioner = provisioner;
        this.enabled = enabled;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                provisioner.initialize(new Scope(Scope.DEFAULT_ACCOUNT, Scope.DEFAULT_REGION));
            } catch (RuntimeException e) {
                // the first call in that scope will try again, and report what fails
                log.warn("Could not set up the default VPC of {} {} at start: {}", Scope.DEFAULT_ACCOUNT, Scope.DEFAULT_REGION, e.toString());
            }
        }, "default-scope");
        thread.setDaemon(true);
        thread.start();
    }
}
