package dev.netsim.ec2.security;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.vpc.VpcResidents;

/** A VPC's security groups: the default one comes and goes with it, custom ones keep it. */
@Component
@Order(80)
class SecurityGroupVpcResidents implements VpcResidents {

    private final SecurityGroupService groups;

    SecurityGroupVpcResidents(SecurityGroupService groups) {
        this.groups = groups;
    }

    @Override
    public void vpcCreated(Scope scope, String vpcId, String primaryCidr) {
        groups.createDefault(scope, vpcId);
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return groups.customGroupIds(vpcId);
    }

    @Override
    public void vpcDeleted(String vpcId) {
        groups.deleteGroupsOf(vpcId);
    }
}
