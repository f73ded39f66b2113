package dev.netsim.elbv2.listener;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ListenerRuleRepository extends JpaRepository<ListenerRule, String> {

    List<ListenerRule> findByListenerArnOrderByPriority(String listenerArn);

    List<ListenerRule> findByAccountAndRegion(String account, String region);

    Optional<ListenerRule> findByArnAndAccountAndRegion(String arn, String account, String region);

    boolean existsByListenerArnAndPriority(String listenerArn, int priority);
}
