package dev.netsim.route53.record;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordSetRepository extends JpaRepository<RecordSetRow, String> {

    List<RecordSetRow> findByZoneId(String zoneId);

    List<RecordSetRow> findByZoneIdIn(Collection<String> zoneIds);

    boolean existsByHealthCheckId(String healthCheckId);
}
