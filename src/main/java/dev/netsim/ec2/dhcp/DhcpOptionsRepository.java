package dev.netsim.ec2.dhcp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DhcpOptionsRepository extends JpaRepository<DhcpOptions, String> {

    List<DhcpOptions> findByAccountAndRegionOrderById(String account, String region);

    Optional<DhcpOptions> findByIdAndAccountAndRegion(String id, String account, String region);
}
