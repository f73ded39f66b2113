package dev.netsim.cloudfront.logging;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RealtimeLogConfigRepository extends JpaRepository<RealtimeLogConfigRow, RealtimeLogConfigRow.Key> {

    List<RealtimeLogConfigRow> findByAccountOrderByName(String account);

    long countByAccount(String account);
}
