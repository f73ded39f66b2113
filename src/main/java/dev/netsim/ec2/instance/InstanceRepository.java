package dev.netsim.ec2.instance;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InstanceRepository extends JpaRepository<Instance, String> {

    List<Instance> findByAccountAndRegionOrderById(String account, String region);

    List<Instance> findByAccountAndRegionAndClientToken(String account, String region, String clientToken);

    List<Instance> findByAccountAndRegionAndPlacementGroupName(String account, String region, String placementGroupName);

    /** Ids of the instances DescribeInstances shows: all but those terminated before {@code terminatedAfter}. */
    @Query("select i.id from Instance i where i.account = ?1 and i.region = ?2 and (i.state <> ?3 or i.stateChangedAt > ?4) order by i.id")
    List<String> visibleIds(String account, String region, InstanceState terminated, java.time.Instant terminatedAfter);

    @Query("select i.id from Instance i where i.account = ?1 and i.region = ?2 and (i.state <> ?3 or i.stateChangedAt > ?4) "
            + "and i.id in ?5 order by i.id")
    List<String> visibleIdsAmong(String account, String region, InstanceState terminated, java.time.Instant terminatedAfter,
                                 java.util.Collection<String> ids);

    @Query("select i.id from Instance i where i.account = ?1 and i.region = ?2 and i.subnetId in ?3")
    List<String> idsInSubnets(String account, String region, java.util.Collection<String> subnetIds);

    @Query("select i.id from Instance i where i.account = ?1 and i.region = ?2 and i.vpcId in ?3")
    List<String> idsInVpcs(String account, String region, java.util.Collection<String> vpcIds);

    long countByAccountAndRegionAndStateNot(String account, String region, InstanceState state);
}
