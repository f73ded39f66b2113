package dev.netsim.ec2.instance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InstanceRepository extends JpaRepository<Instance, String> {

    List<Instance> findByAccountAndRegionOrderById(String account, String region);

    List<Instance> findByAccountAndRegionAndClientToken(String account, String region, String clientToken);

    List<Instance> findByAccountAndRegionAndPlacementGroupName(String account, String region, String placementGroupName);

    long countByAccountAndRegionAndStateNot(String account, String region, InstanceState state);
}
