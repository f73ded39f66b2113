package dev.netsim.ec2.gateway;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface InternetGatewayRepository extends JpaRepository<InternetGateway, String> {

    List<InternetGateway> findByAccountAndRegionOrderById(String account, String region);

    List<InternetGateway> findByAttachedVpcId(String vpcId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);

    java.util.Optional<InternetGateway> findByIdAndAccountAndRegion(String id, String account, String region);
}
