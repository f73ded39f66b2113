package dev.netsim.elbv2;

import org.springframework.stereotype.Component;

import dev.netsim.common.AllocationLockRepository;

/**
 * Serialises the creation of named ELBv2 resources (load balancers, target groups, trust stores), so
 * that of two concurrent requests for one name the second sees the first's row and answers as AWS
 * does (the same resource, or Duplicate…Name) instead of failing on the unique constraint.
 */
@Component
public class ElbNameLock {

    private final AllocationLockRepository locks;

    ElbNameLock(AllocationLockRepository locks) {
        this.locks = locks;
    }

    /** Held until the calling transaction ends. */
    public void hold() {
        locks.acquire("elbv2-names").orElseThrow(() -> new IllegalStateException("allocation lock row elbv2-names missing"));
    }
}
