package dev.netsim.ec2.nat;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NatGatewayRepository extends JpaRepository<NatGateway, String> {

    List<NatGateway> findByAccountAndRegionOrderById(String account, String region);

    Optional<NatGateway> findByIdAndAccountAndRegion(String id, String account, String region);

    Optional<NatGateway> findByAccountAndRegionAndClientToken(String account, String region, String clientToken);
}
