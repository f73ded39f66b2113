package dev.netsim.ec2.eni;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkInterfaceRepository extends JpaRepository<NetworkInterface, String> {

    List<NetworkInterface> findByAccountAndRegionOrderById(String account, String region);

    List<NetworkInterface> findByIdIn(List<String> ids);

    Optional<NetworkInterface> findByIdAndAccountAndRegion(String id, String account, String region);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NetworkInterface> findByInstanceIdAndDeviceIndex(String instanceId, Integer deviceIndex);

    /** Instances whose primary interface has one of the addresses. */
    @org.springframework.data.jpa.repository.Query("select e.instanceId from NetworkInterface e where e.account = ?1 and e.region = ?2 "
            + "and e.deviceIndex = 0 and e.privateIp in ?3")
    List<String> instancesWithPrimaryPrivateIp(String account, String region, java.util.Collection<String> addresses);

    @org.springframework.data.jpa.repository.Query("select e.id from NetworkInterface e join e.groupIds g where g = ?1 order by e.id")
    List<String> usingGroup(String groupId);

    long countByVpcIdAndPublicIpNotNull(String vpcId);

    List<NetworkInterface> findByInstanceIdInOrderByDeviceIndex(java.util.Collection<String> instanceIds);
}
