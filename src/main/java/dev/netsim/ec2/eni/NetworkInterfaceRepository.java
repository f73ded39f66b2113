package dev.netsim.ec2.eni;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkInterfaceRepository extends JpaRepository<NetworkInterface, String> {

    List<NetworkInterface> findByAccountAndRegionOrderById(String account, String region);

    // id lists as one array parameter: see InstanceRepository
    @org.springframework.data.jpa.repository.Query(value = "select * from network_interface where id = any(?1)", nativeQuery = true)
    List<NetworkInterface> findAmong(String[] ids);

    Optional<NetworkInterface> findByIdAndAccountAndRegion(String id, String account, String region);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NetworkInterface> findByInstanceIdAndDeviceIndex(String instanceId, Integer deviceIndex);

    /** Instances whose primary interface has one of the addresses. */
    @org.springframework.data.jpa.repository.Query(value = "select instance_id from network_interface where account = ?1 and region = ?2 "
            + "and device_index = 0 and private_ip = any(?3)", nativeQuery = true)
    List<String> instancesWithPrimaryPrivateIp(String account, String region, String[] addresses);

    @org.springframework.data.jpa.repository.Query("select e.id from NetworkInterface e join e.groupIds g where g = ?1 order by e.id")
    List<String> usingGroup(String groupId);

    long countByVpcIdAndPublicIpNotNull(String vpcId);

    // an IN list, translated on every call, because the interfaces' group ids are then fetched by one
    // subselect of this query; a native query would leave them to batches of 64
    List<NetworkInterface> findByInstanceIdInOrderByDeviceIndex(java.util.Collection<String> instanceIds);

    // ---- for the network snapshot: columns, not entities (a thousand interfaces load in milliseconds)

    @org.springframework.data.jpa.repository.Query("select new dev.netsim.ec2.eni.NetworkInterfaceRow(e.id, e.vpcId, e.subnetId, "
            + "e.availabilityZone, e.privateIp, e.publicIp, e.sourceDestCheck, e.instanceId, e.deviceIndex, e.interfaceType) "
            + "from NetworkInterface e where e.account = ?1 and e.region = ?2")
    List<NetworkInterfaceRow> rowsInScope(String account, String region);

    /** (interface id, group id) of every interface of the scope. */
    @org.springframework.data.jpa.repository.Query("select e.id, g from NetworkInterface e join e.groupIds g where e.account = ?1 and e.region = ?2")
    List<Object[]> groupsInScope(String account, String region);

    /** (interface id, private address) of every address the scope's interfaces hold. */
    @org.springframework.data.jpa.repository.Query(value = "select a.owner_id, a.address from private_ip_allocation a "
            + "join network_interface e on e.id = a.owner_id where e.account = ?1 and e.region = ?2", nativeQuery = true)
    List<Object[]> addressesInScope(String account, String region);
}
