package dev.netsim.ec2.endpoint;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VpcEndpointRepository extends JpaRepository<VpcEndpoint, String> {

    List<VpcEndpoint> findByAccountAndRegionOrderById(String account, String region);

    List<VpcEndpoint> findByVpcId(String vpcId);

    Optional<VpcEndpoint> findByIdAndAccountAndRegion(String id, String account, String region);

    Optional<VpcEndpoint> findByAccountAndRegionAndClientToken(String account, String region, String clientToken);
}
