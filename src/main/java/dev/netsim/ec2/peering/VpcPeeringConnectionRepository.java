package dev.netsim.ec2.peering;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface VpcPeeringConnectionRepository extends JpaRepository<VpcPeeringConnection, String> {

    @Query("select p from VpcPeeringConnection p where (p.requesterAccount = ?1 and p.requesterRegion = ?2) "
            + "or (p.accepterAccount = ?1 and p.accepterRegion = ?2) order by p.id")
    List<VpcPeeringConnection> findVisibleFrom(String account, String region);

    @Query("select p from VpcPeeringConnection p where p.requesterVpcId = ?1 or p.accepterVpcId = ?1")
    List<VpcPeeringConnection> findByVpc(String vpcId);
}
