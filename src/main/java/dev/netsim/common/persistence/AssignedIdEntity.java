package dev.netsim.common.persistence;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * Base of every entity whose id Netsim assigns before storing it (all of them: AWS-style ids are
 * made up front). Without it, neither Spring Data nor Hibernate can tell a new entity from a
 * stored one by its id, and each {@code save} or cascade SELECTs the row before inserting it. An
 * entity is new from construction until it is stored; loaded ones are not.
 */
@MappedSuperclass
public abstract class AssignedIdEntity<ID> implements Persistable<ID> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostPersist
    @PostLoad
    void markStored() {
        stored = true;
    }
}
