package dev.netsim.elbv2.loadbalancer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LoadBalancerRepository extends JpaRepository<LoadBalancer, String> {

    List<LoadBalancer> findByAccountAndRegionOrderByArn(String account, String region);

    Optional<LoadBalancer> findByAccountAndRegionAndName(String account, String region, String name);

    Optional<LoadBalancer> findByArnAndAccountAndRegion(String arn, String account, String region);

    long countByAccountAndRegion(String account, String region);
}
