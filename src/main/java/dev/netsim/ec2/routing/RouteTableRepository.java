package dev.netsim.ec2.routing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RouteTableRepository extends JpaRepository<RouteTable, String> {

    List<RouteTable> findByAccountAndRegionOrderById(String account, String region);

    List<RouteTable> findByVpcId(String vpcId);

    java.util.Optional<RouteTable> findByIdAndAccountAndRegion(String id, String account, String region);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);
}
