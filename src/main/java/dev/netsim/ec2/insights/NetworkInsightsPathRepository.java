package dev.netsim.ec2.insights;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkInsightsPathRepository extends JpaRepository<NetworkInsightsPath, String> {

    List<NetworkInsightsPath> findByAccountAndRegionOrderById(String account, String region);

    Optional<NetworkInsightsPath> findByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NetworkInsightsPath> findByAccountAndRegionAndClientToken(String account, String region, String clientToken);
}
