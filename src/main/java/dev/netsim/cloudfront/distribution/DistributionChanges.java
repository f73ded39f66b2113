package dev.netsim.cloudfront.distribution;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.netsim.common.StateResetEvent;

/**
 * Counts committed changes of distributions, so that what every HTTP request consults (which host
 * is a distribution's) is read again only when distributions changed, not after any write.
 */
@Component
public class DistributionChanges {

    private final AtomicLong version = new AtomicLong();

    public long version() {
        return version.get();
    }

    @EventListener(StateResetEvent.class)
    void reset() {
        version.incrementAndGet();
    }

    /** The current transaction changes a distribution (or a tenant, which viewers reach as one): the count moves once it commits. */
    public void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    version.incrementAndGet();
                }
            });
        } else {
            version.incrementAndGet();
        }
    }
}
