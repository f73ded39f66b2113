package dev.netsim.cloudfront.distribution;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import dev.netsim.common.StateResetEvent;
import dev.netsim.common.persistence.CommittedWrites;

/**
 * Counts committed changes of distributions, on whichever node they were made, so that what every
 * HTTP request consults (which host is a distribution's) is read again only when distributions
 * changed, not after any write.
 */
@Component
public class DistributionChanges {

    private static final String TOPIC = "cloudfront-distributions";

    private final CommittedWrites writes;

    DistributionChanges(CommittedWrites writes) {
        this.writes = writes;
    }

    public long version() {
        return writes.version(TOPIC);
    }

    @EventListener(StateResetEvent.class)
    void reset() {
        changed();
    }

    /** The current transaction changes a distribution (or a tenant, which viewers reach as one): the count moves once it commits. */
    public void changed() {
        writes.alsoMoves(TOPIC);
    }
}
