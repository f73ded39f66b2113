package dev.netsim.ec2.subnet;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SubnetRepository extends JpaRepository<Subnet, String> {

    List<Subnet> findByAccountAndRegionOrderById(String account, String region);

    List<Subnet> findByVpcIdOrderById(String vpcId);

    Optional<Subnet> findByIdAndAccountAndRegion(String id, String account, String region);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);
}
