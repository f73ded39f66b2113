package dev.netsim.common;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AllocationLockRepository extends JpaRepository<AllocationLock, String> {

    /** Holds the named lock until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AllocationLock l where l.name = ?1")
    Optional<AllocationLock> acquire(String name);
}
