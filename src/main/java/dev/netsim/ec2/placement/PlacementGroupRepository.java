package dev.netsim.ec2.placement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementGroupRepository extends JpaRepository<PlacementGroup, String> {

    List<PlacementGroup> findByAccountAndRegionOrderById(String account, String region);

    Optional<PlacementGroup> findByAccountAndRegionAndGroupName(String account, String region, String groupName);

    Optional<PlacementGroup> findByIdAndAccountAndRegion(String id, String account, String region);

    long countByAccountAndRegion(String account, String region);
}
