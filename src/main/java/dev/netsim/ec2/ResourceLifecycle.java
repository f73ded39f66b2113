package dev.netsim.ec2;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The states of resources whose life is derived from when they were created and deleted and the
 * configured transition delay ({@code pending} → {@code available}, {@code deleting} →
 * {@code deleted}), and how long deleted ones stay visible, as on AWS.
 */
@Component
public class ResourceLifecycle {

    private final Ec2Settings settings;
    private final Clock clock;

    public ResourceLifecycle(Ec2Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** @param deletedAt null while the resource lives */
    public String state(Instant createdAt, Instant deletedAt) {
        Instant now = clock.instant();
        if (deletedAt != null) {
            return now.isBefore(deletedAt.plus(settings.stateTransitionDelay())) ? "deleting" : "deleted";
        }
        return now.isBefore(createdAt.plus(settings.stateTransitionDelay())) ? "pending" : "available";
    }

    /** When the state {@link #state} derives next changes by itself: the end of the current transition. */
    public Instant settlesAt(Instant createdAt, Instant deletedAt) {
        return (deletedAt != null ? deletedAt : createdAt).plus(settings.stateTransitionDelay());
    }

    /** Whether a resource that ended at {@code endedAt} (null: it has not) still shows in Describe calls. */
    public boolean visible(Instant endedAt) {
        return endedAt == null || clock.instant().isBefore(endedAt.plus(settings.deletedResourcesVisibleFor()));
    }
}
