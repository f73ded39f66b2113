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

    // Id lists go as one array parameter (= any), not an IN list: Hibernate translates a query with an
    // IN-list parameter anew on every call, while these are translated and parsed once.

    /** {@link #visibleIds} among {@code ids}; {@code terminated} is the state's name. */
    @Query(value = "select id from instance where account = ?1 and region = ?2 and (state <> ?3 or state_changed_at > ?4) "
            + "and id = any(?5) order by id", nativeQuery = true)
    List<String> visibleIdsAmong(String account, String region, String terminated, java.time.Instant terminatedAfter, String[] ids);

    @Query(value = "select id from instance where account = ?1 and region = ?2 and subnet_id = any(?3)", nativeQuery = true)
    List<String> idsInSubnets(String account, String region, String[] subnetIds);

    @Query(value = "select id from instance where account = ?1 and region = ?2 and vpc_id = any(?3)", nativeQuery = true)
    List<String> idsInVpcs(String account, String region, String[] vpcIds);

    /** The instances with these ids, in id order. */
    @Query(value = "select * from instance where id = any(?1) order by id", nativeQuery = true)
    List<Instance> findAmong(String[] ids);

    long countByAccountAndRegionAndStateNot(String account, String region, InstanceState state);

    List<Instance> findByAccountAndRegionAndStateNot(String account, String region, InstanceState state);

    /** Id, state and state change time of the scope's instances, for the network snapshot (columns, not entities). */
    @Query("select new dev.netsim.ec2.instance.InstanceStateRow(i.id, i.state, i.stateChangedAt) from Instance i "
            + "where i.account = ?1 and i.region = ?2")
    List<InstanceStateRow> statesInScope(String account, String region);
}
