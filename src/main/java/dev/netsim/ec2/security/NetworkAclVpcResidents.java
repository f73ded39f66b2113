package dev.netsim.ec2.security;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.netsim.common.Scope;
import dev.netsim.ec2.vpc.VpcResidents;

/** A VPC's network ACLs: the default one comes and goes with it, custom ones keep it. */
@Component
@Order(100)
class NetworkAclVpcResidents implements VpcResidents {

    private final NetworkAclService acls;

    NetworkAclVpcResidents(NetworkAclService acls) {
        this.acls = acls;
    }

    @Override
    public void vpcCreated(Scope scope, String vpcId, String primaryCidr) {
        acls.createDefault(scope, vpcId);
    }

    @Override
    public List<String> dependantsOf(String vpcId) {
        return acls.customAclIds(vpcId);
    }

    @Override
    public void vpcDeleted(String vpcId) {
        acls.deleteAclsOf(vpcId);
    }
}
