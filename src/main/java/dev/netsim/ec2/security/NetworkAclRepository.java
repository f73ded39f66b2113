package dev.netsim.ec2.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkAclRepository extends JpaRepository<NetworkAcl, String> {

    List<NetworkAcl> findByAccountAndRegionOrderById(String account, String region);

    List<NetworkAcl> findByVpcId(String vpcId);

    Optional<NetworkAcl> findByVpcIdAndDefaultAclTrue(String vpcId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NetworkAcl> findByIdAndAccountAndRegion(String id, String account, String region);
}
