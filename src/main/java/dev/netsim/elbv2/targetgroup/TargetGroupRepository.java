package dev.netsim.elbv2.targetgroup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TargetGroupRepository extends JpaRepository<TargetGroup, String> {

    List<TargetGroup> findByAccountAndRegionOrderByArn(String account, String region);

    Optional<TargetGroup> findByAccountAndRegionAndName(String account, String region, String name);

    Optional<TargetGroup> findByArnAndAccountAndRegion(String arn, String account, String region);

    long countByAccountAndRegion(String account, String region);
}
