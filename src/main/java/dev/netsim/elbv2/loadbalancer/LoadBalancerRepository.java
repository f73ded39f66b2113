package dev.netsim.elbv2.loadbalancer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LoadBalancerRepository extends JpaRepository<LoadBalancer, String> {

    List<LoadBalancer> findByAccountAndRegionOrderByArn(String account, String region);

    Optional<LoadBalancer> findByAccountAndRegionAndName(String account, String region, String name);

    Optional<LoadBalancer> findByAccountAndDnsNameIgnoreCase(String account, String dnsName);

    Optional<LoadBalancer> findByArnAndAccountAndRegion(String arn, String account, String region);

    long countByAccountAndRegion(String account, String region);

    /** Load balancers whose security group list (a JSON array) names the group. */
    @Query("select b.arn from LoadBalancer b where b.securityGroups like concat('%\"', ?1, '\"%')")
    List<String> usingSecurityGroup(String groupId);
}
