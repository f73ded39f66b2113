package dev.netsim.route53.cidr;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CidrCollectionRepository extends JpaRepository<CidrCollection, String> {

    List<CidrCollection> findByAccountOrderById(String account);

    Optional<CidrCollection> findByIdAndAccount(String id, String account);

    Optional<CidrCollection> findByAccountAndName(String account, String name);

    long countByAccount(String account);

    /** The row, locked until the transaction ends, for a change that checks and bumps its version. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CidrCollection c where c.id = ?1 and c.account = ?2")
    Optional<CidrCollection> lockForChange(String id, String account);
}
