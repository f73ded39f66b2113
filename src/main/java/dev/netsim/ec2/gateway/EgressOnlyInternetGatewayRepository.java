package dev.netsim.ec2.gateway;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EgressOnlyInternetGatewayRepository extends JpaRepository<EgressOnlyInternetGateway, String> {

    List<EgressOnlyInternetGateway> findByAccountAndRegionOrderById(String account, String region);

    List<EgressOnlyInternetGateway> findByVpcId(String vpcId);

    Optional<EgressOnlyInternetGateway> findByIdAndAccountAndRegion(String id, String account, String region);
}
