package dev.netsim.elbv2.loadbalancer;

import java.util.List;

import org.springframework.stereotype.Component;

import dev.netsim.ec2.security.SecurityGroupUsers;

/** A security group a load balancer uses cannot be deleted (AWS: DependencyViolation). */
@Component
class LoadBalancerGroupUsers implements SecurityGroupUsers {

    private final LoadBalancerService balancers;

    LoadBalancerGroupUsers(LoadBalancerService balancers) {
        this.balancers = balancers;
    }

    @Override
    public List<String> usersOf(String groupId) {
        return balancers.usingGroup(groupId);
    }
}
