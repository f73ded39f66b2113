package dev.netsim.ec2.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NetworkAclRepository extends JpaRepository<NetworkAcl, String> {

    List<NetworkAcl> findByAccountAndRegionOrderById(String account, String region);

    List<NetworkAcl> findByVpcId(String vpcId);

    Optional<NetworkAcl> findByVpcIdAndDefaultAclTrue(String vpcId);

    /** The ACL a subnet is associated with (every subnet has one). */
    @Query("select a from NetworkAcl a join a.associations s where s.subnetId = ?1")
    Optional<NetworkAcl> findBySubnet(String subnetId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NetworkAcl> findByIdAndAccountAndRegion(String id, String account, String region);
}
