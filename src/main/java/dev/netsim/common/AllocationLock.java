package dev.netsim.common;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.netsim.common.persistence.AssignedIdEntity;

/** A named database row that allocations lock to serialise themselves across transactions and threads. */
@Entity
@Table(name = "allocation_lock")
public class AllocationLock extends AssignedIdEntity<String> {

    @Id
    private String name;

    protected AllocationLock() {
    }

    public String getName() {
        return name;
    }

    @Override
    public String getId() {
        return name;
    }
}
