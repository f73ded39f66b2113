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

    long countByVpcIdAndPublicIpNotNull(String vpcId);

    List<NetworkInterface> findByInstanceIdInOrderByDeviceIndex(java.util.Collection<String> instanceIds);
}
