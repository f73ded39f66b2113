package dev.netsim.ec2.insights;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkInsightsAnalysisRepository extends JpaRepository<NetworkInsightsAnalysis, String> {

    List<NetworkInsightsAnalysis> findByAccountAndRegionOrderById(String account, String region);

    Optional<NetworkInsightsAnalysis> findByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NetworkInsightsAnalysis> findByAccountAndRegionAndClientToken(String account, String region, String clientToken);

    boolean existsByPathId(String pathId);
}
