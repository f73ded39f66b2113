package dev.netsim.elbv2.listener;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListenerRepository extends JpaRepository<Listener, String> {

    List<Listener> findByLoadBalancerArnOrderByArn(String loadBalancerArn);

    List<Listener> findByAccountAndRegionOrderByArn(String account, String region);

    Optional<Listener> findByArnAndAccountAndRegion(String arn, String account, String region);

    Optional<Listener> findByDefaultRuleArnAndAccountAndRegion(String defaultRuleArn, String account, String region);
}
