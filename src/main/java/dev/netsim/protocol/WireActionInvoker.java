package dev.netsim.protocol;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import dev.netsim.common.AwsException;
import dev.netsim.common.Scope;
import dev.netsim.common.ScopeInitializer;
import software.amazon.awssdk.core.SdkPojo;

/**
 * Runs one wire action in one transaction, so a failing action leaves nothing half-written. A
 * {@code DryRun} runs the action for real and rolls it back: it fails exactly where the real call
 * would, and otherwise answers {@code DryRunOperation} (HTTP 412) as EC2 does. Reads
 * ({@link ActionRegistry.Handler#readOnly()}) run in a read-only transaction: Hibernate then keeps
 * no snapshots of what they load and never flushes. Before any of it, {@link RequestValidator}
 * checks the request against the model, the same for every door.
 */
@Component
public class WireActionInvoker {

    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private final List<ScopeInitializer> initializers;
    private final RequestValidator validator;

    public WireActionInvoker(PlatformTransactionManager transactionManager, List<ScopeInitializer> initializers, RequestValidator validator) {
        this.writes = new TransactionTemplate(transactionManager);
        this.reads = new TransactionTemplate(transactionManager);
        this.reads.setReadOnly(true);
        this.initializers = initializers;
        this.validator = validator;
    }

    public SdkPojo invoke(WireService service, ActionRegistry.Handler handler, Object request, Scope scope, boolean dryRun) {
        validator.check(service, handler.action(), (SdkPojo) request);
        initializers.stream().filter(i -> i.appliesTo(service.signingName())).forEach(i -> i.initialize(scope));
        SdkPojo response = (handler.readOnly() ? reads : writes).execute(status -> {
            SdkPojo result = handler.invoke(request, scope);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return result;
        });
        if (dryRun) {
            throw new AwsException("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
        }
        return response;
    }
}
