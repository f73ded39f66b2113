package dev.netsim.route53.zone;

import org.springframework.stereotype.Component;

import dev.netsim.common.AllocationLockRepository;

/**
 * Serialises Route 53 creations that claim a caller reference or a name (hosted zones, health
 * checks, CIDR collections), so of two concurrent requests with one reference the second sees the
 * first's row and answers as AWS does instead of failing on the unique constraint.
 */
@Component
public class Route53ReferenceLock {

    private final AllocationLockRepository locks;

    Route53ReferenceLock(AllocationLockRepository locks) {
        this.locks = locks;
    }

    /** Held until the calling transaction ends. */
    public void hold() {
        locks.acquire("route53-references").orElseThrow(() -> new IllegalStateException("allocation lock row route53-references missing"));
    }
}
