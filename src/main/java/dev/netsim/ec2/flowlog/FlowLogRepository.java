package dev.netsim.ec2.flowlog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FlowLogRepository extends JpaRepository<FlowLog, String> {

    List<FlowLog> findByAccountAndRegionOrderById(String account, String region);

    List<FlowLog> findByResourceId(String resourceId);

    Optional<FlowLog> findByIdAndAccountAndRegion(String id, String account, String region);
}
