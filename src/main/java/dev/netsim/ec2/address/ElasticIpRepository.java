package dev.netsim.ec2.address;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ElasticIpRepository extends JpaRepository<ElasticIp, String> {

    List<ElasticIp> findByAccountAndRegionOrderByAllocationId(String account, String region);

    Optional<ElasticIp> findByAllocationIdAndAccountAndRegion(String allocationId, String account, String region);

    long countByAccountAndRegion(String account, String region);

    /** Every public address in use on this server: Elastic IPs, addresses given to interfaces, VPN tunnel endpoints. */
    @Query(value = "select public_ip from elastic_ip union select public_ip from network_interface where public_ip is not null "
            + "union select tunnel1_outside_ip from vpn_connection union select tunnel2_outside_ip from vpn_connection", nativeQuery = true)
    Set<String> allPublicIps();
}
