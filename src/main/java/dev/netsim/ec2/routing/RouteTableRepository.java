package dev.netsim.ec2.routing;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RouteTableRepository extends JpaRepository<RouteTable, String> {

    List<RouteTable> findByAccountAndRegionOrderById(String account, String region);

    List<RouteTable> findByVpcId(String vpcId);

    boolean existsByIdAndAccountAndRegion(String id, String account, String region);
}
