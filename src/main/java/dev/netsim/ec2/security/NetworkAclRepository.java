package dev.netsim.ec2.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NetworkAclRepository extends JpaRepository<NetworkAcl, String> {

    List<NetworkAcl> findByAccountAndRegionOrderById(String account, String region);

    List<NetworkAcl> findByVpcId(String vpcId);

    Optional<NetworkAcl> findByVpcIdAndDefaultAclTrue(String vpcId);

    /** The association of a deleted subnet goes in one statement, without loading its ACL's associations. */
    @Modifying(flushAutomatically = true)
    // native, because Hibernate translates a JPQL update or delete anew on every call
    @Query(value = "delete from network_acl_association where subnet_id = ?1", nativeQuery = true)
    void deleteAssociationOfSubnet(String subnetId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NetworkAcl> findByIdAndAccountAndRegion(String id, String account, String region);
}
